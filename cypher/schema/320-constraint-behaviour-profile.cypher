// One behaviour aggregate per customer id.
CREATE CONSTRAINT behaviour_profile_customer_id IF NOT EXISTS FOR (b:BehaviourProfile) REQUIRE b.customerId IS UNIQUE
