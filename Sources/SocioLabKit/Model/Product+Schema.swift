extension Product {
    /// The stored fields of a socially innovative product or service (`products.csv`).
    package static let schema = EntitySchema<Product>([
        .id(\.id, "The product's identifier."),
        .reference(
            "organisation_id", \.organisation, required: true, storedAs: "organisation",
            "The organisation that offers it."),
        .text("name", \.name, required: true, "Its name."),
        .enumeration("kind", \.kind, "Product or service."),
        .text("stage", \.stage, "Its stage, in free text."),
        .day("supported_on", \.supportedOn, "The day it was supported."),
        .evidence(\.evidence, "The documents that prove it."),
    ])
}
