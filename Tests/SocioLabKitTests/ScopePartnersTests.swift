import Testing

@testable import SocioLabKit

/// Which partners of a report's scope the operation does not have.
struct ScopePartnersTests {
    @Test func unknownPartnersAreListedInIDOrder() {
        let operation = ESFOperation.socioLabPodravje
        let known = operation.partners.map(\.id)
        #expect(Scope().unknownPartners(in: operation).isEmpty)
        #expect(Scope(partners: Set(known)).unknownPartners(in: operation).isEmpty)
        let scope = Scope(partners: Set(known.prefix(2) + ["zz-nobody", "aa-nobody"]))
        #expect(scope.unknownPartners(in: operation) == ["aa-nobody", "zz-nobody"])
    }
}
