import { figureSchema } from '../src/schemas/figure.ts';
import { z } from 'astro/zod';
import { articleSchema } from '../src/schemas/entry.ts';
const base = { id: 'f', category: 'killed', qualifier: 'exact', value: 1, unit: 'people', wording: 'w', period: { from: '2023-01', to: '2023-02' }, reported: '2023-03', place: { country: 'PE' }, source: 's' };
const cases: Record<string, unknown>[] = [
 { ...base, period: undefined },
 { ...base, period: { from: 'garbage', to: '2023' } },
 { ...base, period: { from: '2023', to: 'garbage' } },
 { ...base, reported: 'garbage' },
 { ...base, reported: undefined },
 { ...base, category: 'bad' },
];
for (const c of cases) { try { console.log(JSON.stringify(figureSchema.safeParse(c).error?.issues)); } catch (e) { console.log('THROW', (e as Error).message); } }
const art = { title: 'x', description: 'y', published: '2023-01-01', authors: ['a'], tags: ['t'], countries: ['PE'], sources: ['s'] };
for (const c of [{ ...art, published: 'garbage', updated: '2023-01-01' }, { ...art, published: undefined, corrections: [{date: '2023-01-01', note: 'n'}] }, { ...art, sources: undefined, figures: [base] }, { ...art, figures: [{ ...base, source: 'zz', via: 'zz' }] }, {...art, sources: 's'}]) {
  try { console.log(JSON.stringify(articleSchema(z.string()).safeParse(c).error?.issues)); } catch (e) { console.log('THROW', (e as Error).message); }
}
