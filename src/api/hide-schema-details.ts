import { GraphQLFormattedError } from 'graphql';

/**
 * graphql-js ends some messages with suggestions taken from the schema ('Did you mean "viewer"?', 'Did you mean
 * the enum value "EMAIL"?'). Apollo's hideSchemaDetailsFromClientErrors removes them from validation errors
 * only; this removes them from every error, bad variable values included (production).
 */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(/\s*Did you mean .*\?$/s, '');
  return message === formatted.message ? formatted : { ...formatted, message };
}
