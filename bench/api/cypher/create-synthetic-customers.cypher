// A batch of synthetic customers in the shape ingestion and matching leave them: each customer with a loyalty
// and an ecommerce record (names with signals), an email, a phone and a loyalty card, and the deterministic link
// between the two records. Records carry the working properties ingestion adds (matchFields, contentHash), which
// the profile read must not ship. Only for bench:api, on the bench profile's own graph.
// params: $from, $to (customer numbers, $to exclusive), $now
// returns: created
UNWIND range($from, $to - 1) AS i
WITH i, 'cus_bench_' + toString(i) AS customerId, datetime($now) AS now,
     '{"givenName":"given' + toString(i % 997) + '","familyName":"family' + toString(i % 1999) + '","dateOfBirth":"1980-01-01",' +
     '"email":["bench' + toString(i) + '@example.net"],"phone":["+1312' + right('0000000' + toString(i), 7) + '"],' +
     '"loyaltyCard":["' + toString(500000000000 + i) + '"],"givenNameMetaphone":"JFN","familyNameMetaphone":"FML"}' AS matchFields
CREATE (c:Customer {customerId: customerId, status: 'ACTIVE', createdAt: now, updatedAt: now})
CREATE (l:SourceRecord {recordKey: 'loyalty:BL-' + toString(i), source: 'loyalty', sourceId: 'BL-' + toString(i), banner: 'FreshWay',
                        givenName: 'Given' + toString(i % 997), givenNameSignal: 'EXPLICIT', familyName: 'Family' + toString(i % 1999),
                        familyNameSignal: 'EXPLICIT', dateOfBirth: '1980-01-01', dateOfBirthSignal: 'EXPLICIT', observedAt: now, firstSeenAt: now,
                        matchFields: matchFields, contentHash: 'sha256:' + toString(i) + ':loyalty:0123456789abcdef0123456789abcdef0123456789abcdef'})
CREATE (e:SourceRecord {recordKey: 'ecommerce:BE-' + toString(i), source: 'ecommerce', sourceId: 'BE-' + toString(i),
                        givenName: 'Given' + toString(i % 997), givenNameSignal: 'EXPLICIT', familyName: 'Family' + toString(i % 1999),
                        familyNameSignal: 'EXPLICIT', observedAt: now, firstSeenAt: now,
                        matchFields: matchFields, contentHash: 'sha256:' + toString(i) + ':ecommerce:0123456789abcdef0123456789abcdef0123456789abcdef'})
CREATE (l)-[:RESOLVES_TO {confidence: 1.0, method: 'deterministic:shared_loyalty_card', signal: 'INFERRED', linkedAt: now}]->(c)
CREATE (e)-[:RESOLVES_TO {confidence: 1.0, method: 'deterministic:shared_loyalty_card', signal: 'INFERRED', linkedAt: now}]->(c)
CREATE (l)-[:LINKED_TO {kind: 'DETERMINISTIC', method: 'shared_loyalty_card', confidence: 1.0, signal: 'INFERRED', createdAt: now}]->(e)
CREATE (card:Identifier {key: 'loyalty_card:' + toString(500000000000 + i), type: 'loyalty_card', value: toString(500000000000 + i), generic: false})
CREATE (mail:Identifier {key: 'email:bench' + toString(i) + '@example.net', type: 'email', value: 'bench' + toString(i) + '@example.net', generic: false})
CREATE (phone:Identifier {key: 'phone:+1312' + right('0000000' + toString(i), 7), type: 'phone', value: '+1312' + right('0000000' + toString(i), 7), generic: false})
CREATE (l)-[:HAS_IDENTIFIER {signal: 'EXPLICIT', source: 'loyalty', observedAt: now, verified: true, field: 'cardNumber'}]->(card)
CREATE (e)-[:HAS_IDENTIFIER {signal: 'EXPLICIT', source: 'ecommerce', observedAt: now, verified: false, field: 'loyaltyCard'}]->(card)
CREATE (l)-[:HAS_IDENTIFIER {signal: 'EXPLICIT', source: 'loyalty', observedAt: now, verified: true, field: 'email'}]->(mail)
CREATE (e)-[:HAS_IDENTIFIER {signal: 'EXPLICIT', source: 'ecommerce', observedAt: now, verified: true, field: 'email'}]->(mail)
CREATE (l)-[:HAS_IDENTIFIER {signal: 'EXPLICIT', source: 'loyalty', observedAt: now, verified: false, field: 'phone'}]->(phone)
RETURN count(*) AS created
