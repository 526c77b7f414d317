/**
 * CDK's own grants write a few wildcards that cdk-nag's AwsSolutions-IAM5 reports. Each is
 * acknowledged here, next to the grant that makes it, naming the exact finding (resource or action)
 * and why that wildcard is no wider than the grant it comes from.
 */
import { type CfnResource, Stack, Validations } from 'aws-cdk-lib';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/** `<LogicalId.Arn>`: how cdk-nag spells a `Fn::GetAtt` in a finding. */
function arnOf(resource: CfnResource): string {
  return `<${Stack.of(resource).resolve(resource.logicalId)}.Arn>`;
}

function acknowledge(grantee: IGrantable, finding: string, reason: string): void {
  // Grants to a construct we own (our functions, our roles) are acknowledged on it; others carry their own.
  if (Construct.isConstruct(grantee)) Validations.of(grantee).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
}

/** Encrypting with the stack's key: the grant names the one key; only the action names end in `*`. */
export function acknowledgeKeyUse(grantee: IGrantable): void {
  const reason =
    'Resource is the one customer-managed key of this stack; the trailing * only spans the variants of a single operation (GenerateDataKey/WithoutPlaintext, ReEncryptFrom/To), which DynamoDB and S3 need to encrypt with it.';
  acknowledge(grantee, 'Action::kms:GenerateDataKey*', reason);
  acknowledge(grantee, 'Action::kms:ReEncrypt*', reason);
}

/** Querying a table's secondary indexes: `/index/*` under that one table's ARN. */
export function acknowledgeTableIndexes(grantee: IGrantable, table: CfnResource): void {
  acknowledge(
    grantee,
    `Resource::${arnOf(table)}/index/*`,
    'Covers only the secondary indexes of this one table (today just gsi1); the actions are the same item-level ones granted on the table itself.',
  );
}

/** Storing objects in one bucket: `bucket/*` and `s3:Abort*` (abort a multipart upload). */
export function acknowledgeObjectWrites(grantee: IGrantable, bucket: CfnResource): void {
  acknowledge(
    grantee,
    `Resource::${arnOf(bucket)}/*`,
    'Objects of this one bucket only; the role can put objects there but cannot read, list or delete them.',
  );
  acknowledge(
    grantee,
    'Action::s3:Abort*',
    'Only s3:AbortMultipartUpload matches, letting a failed large snapshot upload clean up after itself in this one bucket.',
  );
}

/** Invoking one function: its ARN and `ARN:*`, its versions and aliases. */
export function acknowledgeFunctionVersions(grantee: IGrantable, fn: CfnResource): void {
  acknowledge(
    grantee,
    `Resource::${arnOf(fn)}:*`,
    'Versions and aliases of this one function, which Lambda requires to invoke any qualified ARN of it; no other function is reachable.',
  );
}
