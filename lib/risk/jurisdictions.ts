/**
 * Jurisdictions that matter to a sign-up decision (DOMAIN.md): comprehensively embargoed by OFAC,
 * and Commerce's "foreign adversaries" (15 CFR 7.4). Regions are recognised in address text.
 */

/** Cuba, Iran, North Korea. Syria's programme was eased in 2025, so it is a review tier, not a deny. */
export const EMBARGOED_COUNTRIES = ['CU', 'IR', 'KP'];
export const REVIEW_COUNTRIES = ['SY'];
/** China (with Hong Kong and Macau), Cuba, Iran, North Korea, Russia, Venezuela. */
export const FOREIGN_ADVERSARIES = ['CN', 'HK', 'MO', 'CU', 'IR', 'KP', 'RU', 'VE'];

/** Embargoed regions of Ukraine, by the names addresses use for them. */
export const EMBARGOED_REGIONS: { name: string; pattern: RegExp }[] = [
  { name: 'Crimea', pattern: /\b(crimea|krym|sevastopol|simferopol|yalta|kerch)\b/i },
  { name: 'so-called Donetsk People\'s Republic', pattern: /\b(donetsk|dnr|makiivka|horlivka|gorlovka)\b/i },
  { name: 'so-called Luhansk People\'s Republic', pattern: /\b(luhansk|lugansk|lnr|alchevsk)\b/i },
];

/** The embargoed region an address names, if any (only addresses in Ukraine or without a country). */
export function embargoedRegion(addressText: string, country?: string): string | undefined {
  if (country && country !== 'UA' && country !== 'RU') return undefined;
  return EMBARGOED_REGIONS.find((region) => region.pattern.test(addressText))?.name;
}
