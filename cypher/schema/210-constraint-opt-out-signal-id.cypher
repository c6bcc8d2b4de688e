// One node per opt-out signal a customer sent (GPC, Do Not Sell or Share, ...).
CREATE CONSTRAINT opt_out_signal_id IF NOT EXISTS FOR (s:OptOutSignal) REQUIRE s.signalId IS UNIQUE
