/**
 * The four DynamoDB tables. All share the generic `pk`/`sk` key of lib/store/tables.ts, on-demand
 * billing, encryption with the stack's customer-managed key, point-in-time recovery and TTL on
 * `expiresAt`. Grants are named for what a function does with the data, not for DynamoDB verbs.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, type CfnTable, ProjectionType, Table, TableEncryption, type TableProps } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { GSI1, LISTS_TABLE_KEY, LISTS_TTL_ATTRIBUTE } from '../../lib/store/tables.js';
import { acknowledgeKeyUse, acknowledgeTableIndexes } from './grant-findings.js';

export interface TablesProps {
  readonly encryptionKey: IKey;
}

export class Tables extends Construct {
  /** List versions, the active pointer, diffs and refresh state. */
  readonly lists: Table;
  /** The audit of every sign-up screening, plus idempotency records; gsi1 is a customer's history. */
  readonly screenings: Table;
  /** The latest profile of each screened customer, what re-screening walks. */
  readonly customers: Table;
  /** Potential matches for analysts and their review history (and re-screening checkpoints); gsi1 is the queue by status. */
  readonly alerts: Table;

  constructor(scope: Construct, id: string, props: TablesProps) {
    super(scope, id);
    const common: TableProps = {
      partitionKey: { name: LISTS_TABLE_KEY.partitionKey.name, type: AttributeType.STRING },
      sortKey: { name: LISTS_TABLE_KEY.sortKey.name, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.encryptionKey,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // `expiresAt` (epoch seconds): every table expires items by the attribute the lists table uses.
      timeToLiveAttribute: LISTS_TTL_ATTRIBUTE,
    };
    // Kept when the stack is deleted: version headers link a screening's list version to its raw snapshot.
    this.lists = new Table(this, 'Lists', { ...common, removalPolicy: RemovalPolicy.RETAIN });
    this.screenings = new Table(this, 'Screenings', { ...common, ...auditRecords() });
    // Kept too: losing the profiles would silently end re-screening of existing customers.
    this.customers = new Table(this, 'Customers', { ...common, removalPolicy: RemovalPolicy.RETAIN });
    this.alerts = new Table(this, 'Alerts', { ...common, ...auditRecords() });
    // Screenings: a customer's history; alerts: the queue by status. Keys and names as lib/store creates them locally.
    for (const table of [this.screenings, this.alerts]) {
      table.addGlobalSecondaryIndex({
        indexName: GSI1.indexName,
        partitionKey: { name: GSI1.partitionKey, type: AttributeType.STRING },
        sortKey: { name: GSI1.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
  }

  /** The table names every function gets, in the variables lib/store reads. */
  get environment(): Record<string, string> {
    return {
      LISTS_TABLE: this.lists.tableName,
      SCREENINGS_TABLE: this.screenings.tableName,
      CUSTOMERS_TABLE: this.customers.tableName,
      ALERTS_TABLE: this.alerts.tableName,
    };
  }

  /** Load the active list version and its status. */
  grantReadLists(grantee: IGrantable): void {
    this.lists.grantReadData(grantee);
  }

  /** Write new versions, activate them, record diffs and refresh state, delete expired versions. */
  grantPublishLists(grantee: IGrantable): void {
    this.lists.grantReadWriteData(grantee);
    acknowledgeKeyUse(grantee);
  }

  /** Record a screening (checking its idempotency record first) and the customer's latest profile. */
  grantRecordScreenings(grantee: IGrantable): void {
    this.screenings.grantReadWriteData(grantee);
    this.customers.grantWriteData(grantee);
    acknowledgeKeyUse(grantee);
    acknowledgeTableIndexes(grantee, cfn(this.screenings));
  }

  /** Read screenings and a customer's screening history. */
  grantReadScreenings(grantee: IGrantable): void {
    this.screenings.grantReadData(grantee);
    acknowledgeTableIndexes(grantee, cfn(this.screenings));
  }

  /** Walk the customer profiles. */
  grantReadCustomers(grantee: IGrantable): void {
    this.customers.grantReadData(grantee);
  }

  /**
   * Raise sign-up review alerts (lib/rescreen/signup-alerts.ts): read a pair's latest alert, put the
   * new alert, update its pair. No queries, scans or deletes: the sign-up route cannot list alerts.
   */
  grantRaiseAlerts(grantee: IGrantable): void {
    // On the table alone: Table.grant would add its indexes, which these item actions never touch.
    Grant.addToPrincipal({ grantee, actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], resourceArns: [this.alerts.tableArn] });
    this.alerts.encryptionKey?.grantEncryptDecrypt(grantee);
    acknowledgeKeyUse(grantee);
  }

  /** Read, raise and resolve alerts. */
  grantManageAlerts(grantee: IGrantable): void {
    this.alerts.grantReadWriteData(grantee);
    acknowledgeKeyUse(grantee);
    acknowledgeTableIndexes(grantee, cfn(this.alerts));
  }
}

/** Tables that are the compliance record: they survive a stack deletion and refuse a table deletion. */
function auditRecords(): Pick<TableProps, 'deletionProtection' | 'removalPolicy'> {
  return { deletionProtection: true, removalPolicy: RemovalPolicy.RETAIN };
}

function cfn(table: Table): CfnTable {
  return table.node.defaultChild as CfnTable;
}
