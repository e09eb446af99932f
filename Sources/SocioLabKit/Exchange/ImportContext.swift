/// What every row reader of one import needs to know: the file names and the operation's codes.
struct ImportContext: Sendable {
    let sourceNames: [String]
    let partnerIDs: Set<String>?
    let targetGroupIDs: Set<String>?
    let outputIDs: Set<String>?
    /// The participation roles the registered plugins declare, or `nil` when the import has no plugins.
    var pluginRoles: Set<ParticipationRole>?

    init(sourceNames: [String], operation: ESFOperation?) {
        self.sourceNames = sourceNames
        partnerIDs = operation.map { Set($0.partners.map(\.id.rawValue)) }
        targetGroupIDs = operation.map { Set($0.targetGroups.map(\.id.rawValue)) }
        outputIDs = operation.map { Set($0.outputs.map(\.id.rawValue)) }
    }
}
