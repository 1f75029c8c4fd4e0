import { daySchema, partialDateSchema } from '../src/schemas/partial-date.ts';
import { periodSchema, figureSchema, breakdownSchema } from '../src/schemas/figure.ts';
for (const v of ['2999-01-01', 'garbage', '2023', '2023-02-30', 42.5, new Date('x'), '2023-1-5', ' 2023'])
  { try { console.log(String(v), JSON.stringify(daySchema.safeParse(v))); } catch (e) { console.log('THROW', String(v), e); } }
console.log(JSON.stringify(periodSchema.safeParse({from: '2999', to: '2023'})));
console.log(JSON.stringify(periodSchema.safeParse({from: '2023-05', to: '2023-04-30'})));
console.log(JSON.stringify(figureSchema.safeParse({ id: 'f', category: 'killed', qualifier: 'exact', value: 1, unit: 'people', wording: 'w', period: { from: '2023-05', to: '2023-02' }, reported: '2023-01', place: { country: 'PE' }, source: 's' })));
console.log(JSON.stringify(figureSchema.safeParse({ id: 'f', category: 'killed', qualifier: 'exact', value: -1.5, unit: 'people', wording: 'w', period: { from: '2023-01', to: '2023-02' }, reported: '2023-01', place: { country: 'PE' }, source: 's' })));
console.log(JSON.stringify(breakdownSchema.safeParse({label:'x', qualifier: 'range', min: 5, max: 2, value: 3})));
console.log(JSON.stringify(breakdownSchema.safeParse({label:'x', qualifier: 'range'})));
