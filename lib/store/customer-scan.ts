/**
 * Reading every stored customer profile for re-screening: a parallel Scan of the customers table.
 * Segment s of n reads its own share of the partitions, so n readers (in one process or several)
 * cover the table once between them, and each resumes from the LastEvaluatedKey it stopped at.
 */
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { unpackJson } from './packed-json.js';
import type { CustomerProfile, ScreeningStore } from './screenings.js';

export type CustomersStore = Pick<ScreeningStore, 'client' | 'customersTable'>;

export interface ProfilePage {
  profiles: CustomerProfile[];
  /** Where the next page starts; absent when the segment is finished. */
  next?: Record<string, unknown>;
}

export interface ProfileScan {
  segment: number;
  totalSegments: number;
  startKey?: Record<string, unknown>;
  /** Items examined per page (DynamoDB also stops at 1 MB). */
  limit: number;
}

export async function scanProfiles(store: CustomersStore, scan: ProfileScan): Promise<ProfilePage> {
  const page = await store.client.send(
    new ScanCommand({
      TableName: store.customersTable,
      Segment: scan.segment,
      TotalSegments: scan.totalSegments,
      Limit: scan.limit,
      FilterExpression: 'sk = :profile',
      ExpressionAttributeValues: { ':profile': 'profile' },
      ...(scan.startKey && { ExclusiveStartKey: scan.startKey }),
    }),
  );
  return {
    profiles: (page.Items ?? []).map((item) => unpackJson<CustomerProfile>(item.profile)),
    ...(page.LastEvaluatedKey && { next: page.LastEvaluatedKey }),
  };
}

/** DynamoDB's item count of the table (refreshed about every six hours on AWS): for progress only. */
export async function approximateProfileCount(store: CustomersStore): Promise<number | undefined> {
  const { Table } = await store.client.send(new DescribeTableCommand({ TableName: store.customersTable }));
  return Table?.ItemCount;
}
