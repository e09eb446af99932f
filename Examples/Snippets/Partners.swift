// swift-format-ignore-file
// The snippet of Documentation/Partners.md, verbatim (SnippetDriftTests keeps it so); not formatted.
import SocioLabKit

func partnerWorkspace(store: any Store, plugins: PluginRegistry) async throws -> Workspace {
    let citilab = try await Workspace(store: store, plugins: plugins, actingAs: .partner("citilab"))
    let own = await citilab.dataset.personalDetails.count   // only its participants' details
    print(own, await citilab.actingAs)
    return citilab
}
