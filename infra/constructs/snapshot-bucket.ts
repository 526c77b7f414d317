/**
 * Raw list snapshots: every file the refresh downloads, kept as the record of what a screening was
 * checked against. Encrypted with the stack's key, versioned, never public, TLS only, access-logged,
 * archived after a month and expired after the configured retention.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, ObjectOwnership, StorageClass } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeKeyUse, acknowledgeObjectWrites } from './grant-findings.js';

export interface SnapshotBucketProps {
  readonly encryptionKey: IKey;
  /** Days a snapshot is kept before it expires. */
  readonly retentionDays: number;
}

/** Snapshots are read rarely after the first month, but must stay readable at once for an audit. */
const ARCHIVE_AFTER_DAYS = 30;
/** Glacier Instant Retrieval bills at least 90 days per object: archiving pays only for snapshots kept longer. */
const ARCHIVE_MINIMUM_STORAGE_DAYS = 90;
/** An overwritten snapshot is a mistake to recover from quickly, not a record to keep. */
const NONCURRENT_VERSIONS_EXPIRE_AFTER = Duration.days(30);
const ABORT_UPLOADS_AFTER = Duration.days(7);
/** S3 access logs answer "who read or wrote a snapshot"; a year covers an annual review. */
const ACCESS_LOG_RETENTION = Duration.days(365);

export class SnapshotBucket extends Construct {
  readonly bucket: Bucket;
  /** Server access logs of the snapshot bucket. */
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: SnapshotBucketProps) {
    super(scope, id);
    this.accessLogs = new Bucket(this, 'AccessLogs', {
      // S3 delivers server access logs only to buckets encrypted with S3-managed keys, not KMS.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: ACCESS_LOG_RETENTION }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.bucket = new Bucket(this, 'Snapshots', {
      encryption: BucketEncryption.KMS,
      encryptionKey: props.encryptionKey,
      // One data key per bucket instead of one KMS call per object: cheaper, same key policy.
      bucketKeyEnabled: true,
      versioned: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'snapshots/',
      lifecycleRules: [
        {
          id: 'archive-then-expire-snapshots',
          transitions:
            props.retentionDays > ARCHIVE_AFTER_DAYS + ARCHIVE_MINIMUM_STORAGE_DAYS
              ? [{ storageClass: StorageClass.GLACIER_INSTANT_RETRIEVAL, transitionAfter: Duration.days(ARCHIVE_AFTER_DAYS) }]
              : [],
          expiration: Duration.days(props.retentionDays),
          noncurrentVersionExpiration: NONCURRENT_VERSIONS_EXPIRE_AFTER,
          abortIncompleteMultipartUploadAfter: ABORT_UPLOADS_AFTER,
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** Store new snapshots (and encrypt them with the key); nothing else: no reads, lists or deletes. */
  grantWriteSnapshots(grantee: IGrantable): void {
    this.bucket.grantPut(grantee);
    acknowledgeKeyUse(grantee);
    acknowledgeObjectWrites(grantee, this.bucket.node.defaultChild as CfnBucket);
  }
}
