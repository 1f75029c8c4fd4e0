import { z } from 'astro/zod';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** True for an ISO 3166-1 alpha-2 code that Intl knows by name (PE, BO, …). */
export function isCountryCode(code: string): boolean {
	return /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== undefined;
}

export const countryCodeSchema = z.string().refine(isCountryCode, {
	message: 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. PE for Peru, BO for Bolivia',
});
