import PostgresNIO

/// One column of many rows sent as a single one-dimensional array parameter (binary format), NULLs included, so
/// that `INSERT … SELECT * FROM unnest($1::text[], $2::float8[], …)` writes thousands of rows with one bound
/// parameter per column. (PostgresNIO encodes arrays of non-optional values only.)
struct ColumnArray<Element: ColumnArrayElement>: PostgresNonThrowingEncodable {
    var values: [Element?]

    init(_ values: [Element?] = []) {
        self.values = values
    }

    mutating func append(_ value: Element?) { values.append(value) }

    static var psqlType: PostgresDataType { Element.arrayType }
    static var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(into buffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        // The array header: dimensions, whether any element is NULL, the element type; then, when not empty,
        // the one dimension's length and lower bound; then each element as its length (-1 for NULL) and bytes.
        buffer.writeInteger(values.isEmpty ? 0 : 1, as: Int32.self)
        buffer.writeInteger(values.contains { $0 == nil } ? 1 : 0, as: Int32.self)
        buffer.writeInteger(Element.elementType.rawValue)
        guard !values.isEmpty else { return }
        buffer.writeInteger(Int32(values.count), as: Int32.self)
        buffer.writeInteger(1, as: Int32.self)
        for value in values {
            guard let value else {
                buffer.writeInteger(-1, as: Int32.self)
                continue
            }
            let lengthAt = buffer.writerIndex
            buffer.writeInteger(0, as: Int32.self)
            value.write(into: &buffer)
            buffer.setInteger(Int32(buffer.writerIndex - lengthAt - 4), at: lengthAt)
        }
    }
}

/// A value that can be an element of a `ColumnArray`: its PostgreSQL type, that type's array type, and its
/// binary form.
protocol ColumnArrayElement: Equatable {
    static var elementType: PostgresDataType { get }
    static var arrayType: PostgresDataType { get }
    func write(into buffer: inout ByteBuffer)
}

extension String: ColumnArrayElement {
    static var elementType: PostgresDataType { .text }
    static var arrayType: PostgresDataType { .textArray }
    func write(into buffer: inout ByteBuffer) { buffer.writeString(self) }
}

extension Double: ColumnArrayElement {
    static var elementType: PostgresDataType { .float8 }
    static var arrayType: PostgresDataType { .float8Array }
    /// The IEEE bits as they are: every double, NaN and -0 included, comes back exactly.
    func write(into buffer: inout ByteBuffer) { buffer.writeInteger(bitPattern) }
}

extension Int64: ColumnArrayElement {
    static var elementType: PostgresDataType { .int8 }
    static var arrayType: PostgresDataType { .int8Array }
    func write(into buffer: inout ByteBuffer) { buffer.writeInteger(self) }
}
