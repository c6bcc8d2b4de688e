// The stable customer id, kept across re-runs; merged ids stay as MERGED nodes (aliases).
CREATE CONSTRAINT customer_id IF NOT EXISTS FOR (c:Customer) REQUIRE c.customerId IS UNIQUE
