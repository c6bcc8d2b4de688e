// An identifier is one normalised value of one type: key = '<type>:<value>'.
CREATE CONSTRAINT identifier_key IF NOT EXISTS FOR (i:Identifier) REQUIRE i.key IS UNIQUE
