import { ErrorCode, fieldIssue, ValidationError } from '../errors';
import { SourceSystem } from '../model';
import { RequestContext } from './request-context';

const MAX_RECORDS_PER_CALL = 1000;

export const ingestionResolvers = {
  Mutation: {
    ingestRecords: async (_: unknown, args: { source: SourceSystem; records: unknown[] }, ctx: RequestContext) => {
      if (args.records.length > MAX_RECORDS_PER_CALL) {
        throw new ValidationError([fieldIssue('records', ErrorCode.BAD_USER_INPUT, `holds ${args.records.length} records; at most ${MAX_RECORDS_PER_CALL} per call`)]);
      }
      const rows = args.records.map((raw, index) => ({ kind: 'record' as const, line: index, source: args.source, raw }));
      const report = await ctx.app.producer.ingest(rows, { via: 'api' });
      return {
        ...report,
        rejections: report.rejections.map((r) => ({ index: r.line, issues: r.issues, deadLetterId: r.deadLetterId })),
      };
    },
  },
};
