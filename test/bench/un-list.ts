/** The UN Security Council Consolidated List of 2026-02 (../shared), read as the eval scripts need it. */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { SHARED } from '../support/shared-data.js';

export const UN_LIST = `${SHARED}lists/un_consolidated_2026-02.xml.gz`;
export const hasUnList = existsSync(UN_LIST);

export interface UnRecord {
  dataId: string;
  /** The UN reference number other lists cite ("QDi.001"). */
  reference: string;
  type: 'person' | 'organization';
  /** The name parts (FIRST_NAME .. FOURTH_NAME) joined. */
  name: string;
  aliases: string[];
  /** The names it gives in their own script (NAME_ORIGINAL_SCRIPT). */
  originalScript: string[];
}

/** The texts of every <tag> in an XML block (the list's elements hold plain text, "&" escaped as "&amp;"). */
const texts = (block: string, tag: string) => [...block.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => decodeEntities(m[1]!.trim())).filter(Boolean);

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const decodeEntities = (text: string) => text.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity]!);

/** Its individuals, then its entities, in list order. */
export function readUnList(): UnRecord[] {
  const xml = gunzipSync(readFileSync(UN_LIST)).toString();
  const records: UnRecord[] = [];
  for (const [type, element] of [['person', 'INDIVIDUAL'], ['organization', 'ENTITY']] as const) {
    for (const [, block] of xml.matchAll(new RegExp(`<${element}>([\\s\\S]*?)</${element}>`, 'g'))) {
      records.push({
        dataId: texts(block!, 'DATAID')[0]!, reference: texts(block!, 'REFERENCE_NUMBER')[0]!, type,
        name: ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].flatMap((tag) => texts(block!, tag)).join(' '),
        aliases: texts(block!, 'ALIAS_NAME'), originalScript: texts(block!, 'NAME_ORIGINAL_SCRIPT'),
      });
    }
  }
  return records;
}
