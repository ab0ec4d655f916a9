import path from 'node:path';
import { z } from 'zod';
import { KRI_MEDIA_TYPES } from '../modules/files/files.constants.js';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  OBIEG_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  OBIEG_DB_PREPARED_STATEMENTS: booleanFromEnv.default(true),
  OBIEG_JOBS: booleanFromEnv.default(true),
  OBIEG_DATA_DIR: z.string().default('./data'),
  OBIEG_EMBEDDED_FSYNC: booleanFromEnv.default(true),
  OBIEG_DEMO_PASSWORD: z.string().min(8).optional(),
  OBIEG_OPERATOR_TOKEN: z.string().min(32, 'use at least 32 random characters').optional(),
  OBIEG_TRUST_PROXY: booleanFromEnv.default(false),
  OBIEG_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  OBIEG_SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(12),
  OBIEG_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  OBIEG_IMPORT_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024),
  OBIEG_LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  OBIEG_LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  OBIEG_WEB_DIST: z.string().optional(),
  OBIEG_FILES_DRIVER: z.enum(['local', 's3']).default('local'),
  OBIEG_S3_ENDPOINT: z.url().optional(),
  OBIEG_S3_BUCKET: z.string().min(3).optional(),
  OBIEG_S3_REGION: z.string().min(1).default('us-east-1'),
  OBIEG_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  OBIEG_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  OBIEG_UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(200 * 1024 * 1024),
  OBIEG_ALLOWED_MEDIA_TYPES: z.string().optional(),
  OBIEG_PKI_MASTER_KEY: z.string().min(32, 'use at least 32 random characters').optional(),
  OBIEG_TSA_URL: z.url().optional(),
  OBIEG_SIMULATORS: booleanFromEnv.optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  database:
    | { kind: 'pglite'; dataDir: string; fsync: boolean }
    | { kind: 'postgres'; url: string; poolSize: number; preparedStatements: boolean };
  demo: { enabled: boolean; password: string | undefined };
  operatorToken: string | undefined;
  trustProxy: boolean;
  sessions: { idleMinutes: number; absoluteHours: number };
  limits: { bodyBytes: number; importBytes: number };
  throttle: {
    maxFailuresPerAccount: number;
    maxFailuresPerAddress: number;
    baseLockSeconds: number;
    maxLockSeconds: number;
  };
  webDist: string | undefined;
  files: FilesConfig;
  /** Whether this process runs background jobs (text extraction…); off in tests, which run them explicitly. */
  jobs: { enabled: boolean };
  pki: PkiConfig;
  /**
   * Local simulators of e-Doręczenia, ePUAP and an SMTP sink, started with the server and wired to
   * the demo offices (`OBIEG_SIMULATORS`; on by default outside production, never in production).
   */
  simulators: { enabled: boolean };
};

/**
 * The key that seals the office CAs' and users' private keys at rest. Production takes it from
 * `OBIEG_PKI_MASTER_KEY` (required there); elsewhere, without it, a random key is made once and
 * kept in `<data dir>/pki-master.key` (mode 0600), so a laptop installation works as it is.
 */
export type PkiConfig = {
  masterKey: string | undefined;
  masterKeyFile: string;
  /** An external RFC 3161 time-stamp service; unset: the office's own timestamp unit signs. */
  tsaUrl: string | undefined;
};

export type FilesConfig = {
  driver: 'local' | 's3';
  /** Local content and, for both drivers, the temporary folder of uploads in progress. */
  localRoot: string;
  s3:
    | { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string }
    | undefined;
  maxUploadBytes: number;
  allowedMediaTypes: string[];
};

export class ConfigError extends Error {}

/** Parses the environment once at start-up and lists every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  // npm scripts run inside the workspace folder; a relative data dir means the folder npm was started in.
  const dataDir = path.resolve(env.INIT_CWD ?? process.cwd(), e.OBIEG_DATA_DIR);
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    database: e.DATABASE_URL
      ? {
          kind: 'postgres',
          url: e.DATABASE_URL,
          poolSize: e.OBIEG_DB_POOL_SIZE,
          preparedStatements: e.OBIEG_DB_PREPARED_STATEMENTS,
        }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite'), fsync: e.OBIEG_EMBEDDED_FSYNC },
    demo: { enabled: e.NODE_ENV !== 'production', password: e.OBIEG_DEMO_PASSWORD },
    operatorToken: e.OBIEG_OPERATOR_TOKEN,
    trustProxy: e.OBIEG_TRUST_PROXY,
    sessions: { idleMinutes: e.OBIEG_SESSION_IDLE_MINUTES, absoluteHours: e.OBIEG_SESSION_ABSOLUTE_HOURS },
    limits: { bodyBytes: e.OBIEG_BODY_LIMIT_BYTES, importBytes: e.OBIEG_IMPORT_LIMIT_BYTES },
    throttle: {
      maxFailuresPerAccount: e.OBIEG_LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: e.OBIEG_LOGIN_MAX_FAILURES_PER_ADDRESS,
      baseLockSeconds: 30,
      maxLockSeconds: 15 * 60,
    },
    webDist: e.OBIEG_WEB_DIST,
    files: filesConfig(e, dataDir),
    jobs: { enabled: e.OBIEG_JOBS },
    pki: pkiConfig(e, dataDir),
    simulators: { enabled: e.NODE_ENV !== 'production' && (e.OBIEG_SIMULATORS ?? true) },
  };
}

function pkiConfig(e: z.infer<typeof envSchema>, dataDir: string): PkiConfig {
  if (e.NODE_ENV === 'production' && !e.OBIEG_PKI_MASTER_KEY)
    throw new ConfigError(
      'Invalid configuration:\n  OBIEG_PKI_MASTER_KEY is required in production (at least 32 random characters; keep it outside the database backups)',
    );
  return {
    masterKey: e.OBIEG_PKI_MASTER_KEY,
    masterKeyFile: path.join(dataDir, 'pki-master.key'),
    tsaUrl: e.OBIEG_TSA_URL,
  };
}

function filesConfig(e: z.infer<typeof envSchema>, dataDir: string): FilesConfig {
  const s3 = {
    endpoint: e.OBIEG_S3_ENDPOINT,
    bucket: e.OBIEG_S3_BUCKET,
    region: e.OBIEG_S3_REGION,
    accessKeyId: e.OBIEG_S3_ACCESS_KEY_ID,
    secretAccessKey: e.OBIEG_S3_SECRET_ACCESS_KEY,
  };
  const { endpoint, bucket, accessKeyId, secretAccessKey } = s3;
  if (e.OBIEG_FILES_DRIVER === 's3' && !(endpoint && bucket && accessKeyId && secretAccessKey))
    throw new ConfigError(
      'Invalid configuration:\n  OBIEG_FILES_DRIVER=s3 needs OBIEG_S3_ENDPOINT, OBIEG_S3_BUCKET, OBIEG_S3_ACCESS_KEY_ID and OBIEG_S3_SECRET_ACCESS_KEY',
    );
  const allowed = e.OBIEG_ALLOWED_MEDIA_TYPES?.split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  return {
    driver: e.OBIEG_FILES_DRIVER,
    localRoot: path.join(dataDir, 'files'),
    s3:
      endpoint && bucket && accessKeyId && secretAccessKey
        ? { endpoint, bucket, region: s3.region, accessKeyId, secretAccessKey }
        : undefined,
    maxUploadBytes: e.OBIEG_UPLOAD_LIMIT_BYTES,
    allowedMediaTypes: allowed?.length ? allowed : [...KRI_MEDIA_TYPES],
  };
}
