extension ImportBatch {
    /// The changes that bring a dataset up to date with the batch, ready for
    /// ``Workspace/apply(_:author:reason:dryRun:)``.
    ///
    /// A record whose id is new becomes an `.insert`; a record whose id exists becomes an `.update` only
    /// when it differs from the stored entity, so importing the same files twice changes nothing the second
    /// time. An import never deletes. Fields whose column the file did not have keep their stored values;
    /// empty personal details (every detail cell empty) are not inserted for a person who has none.
    ///
    /// ```swift
    /// let batch = try CSVImport.read(sources, options: CSVImportOptions(operation: dataset.operation))
    /// let changes = batch.changes(against: await workspace.dataset)
    /// if !changes.isEmpty { try await workspace.apply(changes, author: "ana", reason: "import") }
    /// ```
    /// - Parameter dataset: The dataset as it is now.
    /// - Returns: Inserts and updates in entity-kind order (referenced kinds first); empty when the dataset
    ///   already holds every record as imported.
    /// - Complexity: O(*n*) in the number of records (each is looked up by id).
    public func changes(against dataset: Dataset) -> [Change] {
        ImportPlanner.changes(for: self, against: dataset)
    }
}
