extension Int64 {
    /// The sum, or `Int64.max` / `Int64.min` where it would overflow: for totals of numbers a user wrote
    /// (hours, headcounts in plugin details), which must never trap however large they are.
    @inline(__always)
    package func saturatingAdding(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }

    /// The product, or `Int64.max` / `Int64.min` where it would overflow.
    @inline(__always)
    package func saturatingMultiplied(by other: Int64) -> Int64 {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? ((self < 0) == (other < 0) ? .max : .min) : product
    }
}
