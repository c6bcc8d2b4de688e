CREATE INDEX customer_status IF NOT EXISTS FOR (c:Customer) ON (c.status)
