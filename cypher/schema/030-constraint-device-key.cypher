// A device is one id of one device type: key = '<type>:<id>'.
CREATE CONSTRAINT device_key IF NOT EXISTS FOR (d:Device) REQUIRE d.key IS UNIQUE
