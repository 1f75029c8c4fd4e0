import type { FigureCategory, Qualifier } from '../../schemas/figure.ts';
import type { SourceKind } from '../../schemas/source.ts';

/** Labels for the enumerated values of the content schema, in one language. */
export interface LanguageLabels {
	category: Record<FigureCategory, string>;
	qualifier: Record<Exclude<Qualifier, 'range'>, string>;
	unit: Record<'people' | 'incidents', [one: string, other: string]>;
	sourceKind: Record<SourceKind, string>;
}
