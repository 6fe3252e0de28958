import Extraction
import Foundation
import Testing
@testable import Pipeline

/// The byte-level JSON Lines record reader: JSON string escapes, any field order, unknown fields of any shape,
/// and for every record it reads, the very fields JSONDecoder would give; the rest is left to JSONDecoder.
@Suite("JSON Lines records")
struct JSONRecordTests {
    /// The fields the byte-level reader finds in `record`, nil when it leaves the record to JSONDecoder.
    static func fields(_ record: [UInt8]) -> JSONRecordParser.Fields? {
        record.withUnsafeBufferPointer { JSONRecordParser.fields(of: $0) }
    }

    static func fields(_ record: String) -> JSONRecordParser.Fields? { fields(Array(record.utf8)) }

    /// What JSONDecoder reads from a record.
    struct DecodedRecord: Decodable, Equatable {
        var id: String
        var published: String?
        var text: String
    }

    static func decoded(_ record: [UInt8]) -> DecodedRecord? {
        try? JSONDecoder().decode(DecodedRecord.self, from: Data(record))
    }

    /// `decode` on one record, as the extract job calls it.
    static func document(_ record: String) -> Result<SourceDocument, InputError>? {
        DocumentReader(format: .jsonl).decode(DocumentReader.JSONRecord(source: "in.jsonl", line: 7, bytes: Data(record.utf8)))
    }

    @Test("string escapes decode as JSON defines them, a surrogate pair included")
    func escapes() throws {
        let f = try #require(Self.fields(#"{"id":"a\/b","text":"q\"\\ \b\f\n\r\t caf\u00e9 \u20AC \ud83d\ude00 \u0000 é€😀"}"#))
        #expect(f.id == "a/b")
        #expect(f.text == Array("q\"\\ \u{8}\u{C}\n\r\t café € 😀 \u{0} é€😀".utf8))
    }

    @Test("fields in another order, unknown fields with nested values, and a null published are read")
    func orderAndUnknownFields() throws {
        let record = #"{ "extra" : {"a":[1,-2.5e+3,{"b":null}],"c":"x\"y"}, "text":"t", "n":[], "published":null, "id":"d", "ok":true }"#
        #expect(Self.fields(record) == JSONRecordParser.Fields(id: "d", published: nil, text: Array("t".utf8)))
        #expect(Self.fields(#"{"text":"t","id":"d","published":"2024-05-14"}"#)?.published == "2024-05-14")
    }

    @Test("records the reader is not sure of are left to JSONDecoder, which decides as before")
    func leftToJSONDecoder() throws {
        let unsure = [
            #"{"id":"a","text":"t",}"#,  // a trailing comma, which JSONDecoder accepts
            #"{"id":"a","id":"b","text":"t"}"#,  // a field twice: JSONDecoder keeps the first
            #"{"id":"a","t\u0065xt":"t"}"#,  // an escaped key
            #"{"id":"a","text":"t","z":01}"#,  // a number JSONDecoder does not check
            #"{"id":"a","text":"bad \ud800 half"}"#,  // half a surrogate pair
            #"{"id":"a","text":"t"} x"#,
        ]
        for record in unsure { #expect(Self.fields(record) == nil, "\(record)") }
        let first = try #require(try Self.document(unsure[1])?.get())
        #expect(first.id == "a")
        #expect(try Self.document(unsure[0])?.get().id == "a")
    }

    @Test("a malformed record, a bad date and a blank line keep their results")
    func malformed() {
        guard case .failure(let e)? = Self.document(#"{"id":"a","text":42}"#) else {
            Issue.record("not refused")
            return
        }
        #expect(e == .badJSONLine(path: "in.jsonl", line: 7, reason: "not JSON with string fields id and text"))
        guard case .failure(let d)? = Self.document(#"{"id":"a","published":"2024-02-30","text":"t"}"#) else {
            Issue.record("not refused")
            return
        }
        #expect(d == .badJSONLine(path: "in.jsonl", line: 7, reason: "published '2024-02-30' is not YYYY-MM-DD"))
        #expect(Self.document(" \t\r") == nil)
    }

    @Test("every generated record the reader accepts, JSONDecoder reads to the same fields")
    func agreesWithJSONDecoder() {
        var random = SplitMix(seed: 0x5EED)
        var accepted = 0, refused = 0
        for _ in 0..<3000 {
            let record = RecordGenerator.record(&random)
            if let f = Self.fields(record) {
                accepted += 1
                let d = Self.decoded(record)
                #expect(d == DecodedRecord(id: f.id, published: f.published, text: String(decoding: f.text, as: UTF8.self)),
                        "\(String(decoding: record, as: UTF8.self))")
                #expect(String(validating: f.text, as: UTF8.self) != nil, "decoded text is valid UTF-8")
            } else {
                refused += 1
            }
        }
        #expect(accepted > 1000 && refused > 300, "both paths are exercised: \(accepted) read, \(refused) left")
    }
}

/// A small seeded random number generator, so a failing record can be made again.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random JSON Lines records: mostly well-formed, in any field order with unknown fields, some spoiled.
enum RecordGenerator {
    static let pieces: [String] = [
        "GDP", " grew ", "3.5%", "é", "€", "😀", "\\n", "\\t", "\\\"", "\\\\", "\\/", "\\u00e9", "\\u20ac", "\\ud83d\\ude00",
        "\\u0000", "\\b", "\\f", "\\r", "’", "a", "Z", "---", ":", "{", "]",
    ]
    static let spoilers: [String] = ["\\ud800", "\\udc00x", "\\x", "\\u12", "\u{1}", "\t", "\\ud83d\\u0041"]

    static func string(_ r: inout SplitMix, spoil: Bool) -> String {
        var s = "\""
        for _ in 0..<Int.random(in: 0...12, using: &r) { s += pieces.randomElement(using: &r) ?? "" }
        if spoil { s += spoilers.randomElement(using: &r) ?? "" }
        return s + "\""
    }

    static func value(_ r: inout SplitMix, depth: Int) -> String {
        switch Int.random(in: 0..<(depth > 2 ? 5 : 7), using: &r) {
        case 0: return string(&r, spoil: false)
        case 1: return ["0", "-1", "2.5", "-0.25e-3", "1E+9", "123456789012345678901234567890"].randomElement(using: &r) ?? "0"
        case 2: return ["true", "false", "null"].randomElement(using: &r) ?? "null"
        case 3: return "\"2024-05-14\""
        case 4: return string(&r, spoil: true)
        case 5: return "[" + (0..<Int.random(in: 0...3, using: &r)).map { _ in value(&r, depth: depth + 1) }.joined(separator: ",") + "]"
        default:
            return "{" + (0..<Int.random(in: 0...3, using: &r)).map { i in "\"k\(i)\": " + value(&r, depth: depth + 1) }
                .joined(separator: " ,") + "}"
        }
    }

    static func record(_ r: inout SplitMix) -> [UInt8] {
        let spoil = Int.random(in: 0..<6, using: &r) == 0
        var fields = ["\"id\":" + string(&r, spoil: false), "\"text\":" + string(&r, spoil: spoil && Bool.random(using: &r))]
        switch Int.random(in: 0..<4, using: &r) {
        case 0: fields.append("\"published\":null")
        case 1: fields.append("\"published\":\"2024-05-14\"")
        case 2: fields.append("\"published\":" + value(&r, depth: 0))
        default: break
        }
        for i in 0..<Int.random(in: 0...3, using: &r) { fields.append("\"x\(i)\":" + value(&r, depth: 0)) }
        fields.shuffle(using: &r)
        if spoil, Bool.random(using: &r) { fields.append(fields.randomElement(using: &r) ?? "") }
        var bytes = Array(("{" + fields.joined(separator: ",") + "}").utf8)
        if spoil, Int.random(in: 0..<3, using: &r) == 0, !bytes.isEmpty {
            bytes[Int.random(in: 0..<bytes.count, using: &r)] = [0xFF, 0x2C, 0x7D, 0xC3, 0x00].randomElement(using: &r) ?? 0xFF
        }
        return bytes
    }
}
