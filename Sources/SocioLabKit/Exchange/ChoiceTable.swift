import Foundation

/// The accepted spellings of a fixed list of values, matched on bytes.
struct ChoiceTable<T: Sendable>: Sendable {
    /// Each accepted spelling (lower case) with its value.
    let spellings: [(String, T)]
    private let bytes: [([UInt8], T)]
    /// What an error message lists.
    let shown: String

    init(_ spellings: [(String, T)], shown: String) {
        self.spellings = spellings
        bytes = spellings.map { (Array($0.0.utf8), $0.1) }
        self.shown = shown
    }

    /// The value spelled exactly as `cell`.
    func exact(_ cell: UnsafeBufferPointer<UInt8>) -> T? {
        for (spelling, value) in bytes where spelling.count == cell.count {
            if spelling.withUnsafeBufferPointer({
                memcmp($0.baseAddress!, cell.baseAddress!, cell.count) == 0
            }) {
                return value
            }
        }
        return nil
    }
}
