CREATE CONSTRAINT household_id IF NOT EXISTS FOR (h:Household) REQUIRE h.householdId IS UNIQUE
