CREATE INDEX identifier_type IF NOT EXISTS FOR (i:Identifier) ON (i.type)
