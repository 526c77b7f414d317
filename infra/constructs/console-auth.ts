/**
 * Who may use the analyst console: a Cognito user pool where only administrators create accounts,
 * with MFA, the `analysts` group, the Cognito-hosted sign-in page, and the app client the console
 * pages sign in with. `authorizer` is the JWT authorizer the console's data routes use.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  type UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** The Cognito group whose members are analysts; the console function gets it as ANALYSTS_GROUP. */
export const ANALYSTS_GROUP = 'analysts';

/** A console session lasts a working day at most; each token an hour. */
const TOKEN_VALIDITY = Duration.hours(1);
const SESSION_VALIDITY = Duration.hours(12);

export interface ConsoleAuthProps {
  /** Where the console pages live; the sign-in page sends the analyst back there with the token. */
  readonly consoleUrl: string;
  /** Prefix of the hosted sign-in domain; unset: `partyscreen-<account id>`. */
  readonly domainPrefix?: string;
}

export class ConsoleAuth extends Construct {
  readonly userPool: UserPool;
  readonly analysts: UserPoolGroup;
  readonly domain: UserPoolDomain;
  readonly client: UserPoolClient;
  /** Admits requests bearing a token this pool issued to the console client. */
  readonly authorizer: HttpUserPoolAuthorizer;
  /** The hosted sign-in page, set up to return to the console with an ID token. */
  readonly signInUrl: string;

  constructor(scope: Construct, id: string, props: ConsoleAuthProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Analysts', {
      // Nobody signs themselves up to a sanctions console: an administrator creates each analyst.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Plus adds compromised-credential checks and adaptive authentication; a few analysts cost little.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.analysts = this.userPool.addGroup('AnalystsGroup', {
      groupName: ANALYSTS_GROUP,
      description: 'Analysts who review partyscreen alerts and look up list entries',
    });
    this.domain = this.userPool.addDomain('SignIn', {
      cognitoDomain: { domainPrefix: props.domainPrefix ?? `partyscreen-${Stack.of(this).account}` },
    });
    this.client = this.userPool.addClient('Console', {
      generateSecret: false,
      authFlows: { userSrp: true },
      // The console pages take the ID token from the sign-in page's redirect (functions/console/ui/src/session.ts).
      oAuth: {
        flows: { implicitCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL],
        callbackUrls: [props.consoleUrl],
        logoutUrls: [props.consoleUrl],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: TOKEN_VALIDITY,
      idTokenValidity: TOKEN_VALIDITY,
      refreshTokenValidity: SESSION_VALIDITY,
    });
    this.authorizer = new HttpUserPoolAuthorizer('AnalystsAuthorizer', this.userPool, { userPoolClients: [this.client] });
    this.signInUrl =
      `${this.domain.baseUrl()}/oauth2/authorize?response_type=token&scope=openid+email` +
      `&client_id=${this.client.userPoolClientId}&redirect_uri=${props.consoleUrl}`;
  }
}
