import GRDB

/// The database schema as named migrations, only ever appended: a released migration never changes.
enum Schema {
    /// The migrations this build knows, in order.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: documents, claims, reference values") { db in
            try db.create(table: "document") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("path", .text).notNull().unique()
                t.column("docId", .text).notNull()
                t.column("contentHash", .text).notNull()
                t.column("published", .text)
                t.column("source", .text)
                t.column("url", .text)
                t.column("title", .text)
                t.column("ingestedAt", .text).notNull()
            }
            try db.create(table: "claim") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("document", onDelete: .cascade).notNull()
                t.column("spanStart", .integer).notNull().check { $0 >= 0 }
                t.column("spanEnd", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("entity", .text).notNull()
                t.column("counterpart", .text)
                t.column("metric", .text).notNull()
                    .check { ["gdp", "gdp_growth", "fdi", "investment", "trade_turnover", "freight_volume"].contains($0)
                        || $0.like("other:%") }
                t.column("kind", .text).notNull()
                    .check { ["level", "change", "multiple", "share", "target", "forecast"].contains($0) }
                t.column("value", .double).notNull()
                t.column("unit", .text).notNull()
                t.column("period", .text)
                t.column("basePeriod", .text)
                t.column("bound", .text).notNull().check { ["exact", "approx", "at_least", "at_most"].contains($0) }
                t.column("lo", .double)
                t.column("hi", .double)
                t.check(sql: "spanEnd >= spanStart")
            }
            try db.create(index: "claim_on_series", on: "claim", columns: ["entity", "metric", "period"])
            try db.create(index: "claim_on_kind", on: "claim", columns: ["kind", "metric"])
            try db.create(table: "referenceValue") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("dataset", .text).notNull()
                t.column("source", .text).notNull()
                t.column("entity", .text).notNull()
                t.column("metric", .text).notNull()
                t.column("period", .text).notNull()
                t.column("value", .double).notNull()
                t.column("unit", .text).notNull()
                t.column("note", .text)
                t.column("url", .text)
            }
            try db.create(index: "referenceValue_on_dataset", on: "referenceValue", columns: ["dataset"])
            try db.create(index: "referenceValue_on_series", on: "referenceValue", columns: ["entity", "metric", "period"])
        }
        m.registerMigration("v2: claims indexed in document order") { db in
            // Replaces the documentId index with one that also orders a document's claims by span, so reading
            // claims in document order (every query and check) needs no sort; deleting a document's claims
            // still uses it.
            try db.drop(index: "claim_on_documentId")
            try db.create(index: "claim_in_document_order", on: "claim", columns: ["documentId", "spanStart", "spanEnd"])
        }
        m.registerMigration("v3: claim indexes no query uses dropped") { db in
            // Every claims query reads in document order through claim_in_document_order: entity filters fold
            // names and are tested on the rows read, and the planner never picked claim_on_series. claim_on_kind
            // served only a kind-and-metric filter, no faster than the ordered scan (0.24 s either way over
            // 600,000 claims), while the two cost a quarter of an ingest's time (bench-ingest's 20,000 documents:
            // 1.40 s → 1.04 s).
            try db.execute(sql: "DROP INDEX IF EXISTS claim_on_series; DROP INDEX IF EXISTS claim_on_kind")
        }
        m.registerMigration("v4: reference values carry their bound and basis") { db in
            // The publisher's hedge ("more than 2.7 million tons") and what the figure measures that others do
            // not ("net" FDI, "seaports only"); rows imported before read as exact, on the usual basis.
            try db.alter(table: "referenceValue") { t in
                t.add(column: "bound", .text).notNull().defaults(to: "exact")
                    .check { ["exact", "approx", "at_least", "at_most"].contains($0) }
                t.add(column: "basis", .text).notNull().defaults(to: "")
            }
        }
        m.registerMigration("v5: claims say whether their entity and period were stated or carried") { db in
            // Whether the claim's own sentence named the place and the period ('stated') or they were carried from
            // context ('context': the document's subject, an earlier sentence, the publication year). Rows ingested
            // before read as 'stated': they are checked as they always were, and re-ingesting records the truth.
            try db.alter(table: "claim") { t in
                t.add(column: "entitySettled", .text).notNull().defaults(to: "stated").check { ["stated", "context"].contains($0) }
                t.add(column: "periodSettled", .text).notNull().defaults(to: "stated").check { ["stated", "context"].contains($0) }
            }
        }
        m.registerMigration("v6: claims carry their basis and the sentence they stand in") { db in
            // The basis the claim's own words put it on ('net', 'seaports only'; '' for the usual definition, as for
            // reference values) and its sentence, so a finding quotes what the reader can find in the article. Rows
            // ingested before read as the usual basis with no sentence; re-ingesting records both.
            try db.alter(table: "claim") { t in
                t.add(column: "basis", .text).notNull().defaults(to: "")
                t.add(column: "quote", .text)
            }
        }
        return m
    }
}
