import { z } from 'astro/zod';
import { articleSchema } from '/work/main/src/schemas/entry.ts';
import { partialDateSchema } from '/work/main/src/schemas/partial-date.ts';
const s = articleSchema(z.string());
const r = s.safeParse({ title: 'x', description: 'y', published: '2023-01-01', authors: ['a'], tags: ['t'], countries: ['XX', 'pe'], sources: ['s', 's'], figures: [{ id: 'f', category: 'nope', qualifier: 'exact', unit: 'people', wording: 'w', period: { from: '2023', to: '2023' }, reported: '2023', place: { country: 'PE' }, source: 's' }], extra: 1 });
console.log(JSON.stringify(r.error?.issues, null, 1));
console.log(partialDateSchema.safeParse(new Date('2023-01-26')), partialDateSchema.safeParse(2023), JSON.stringify(partialDateSchema.safeParse('2999').error?.issues), JSON.stringify(partialDateSchema.safeParse(null).error?.issues));
