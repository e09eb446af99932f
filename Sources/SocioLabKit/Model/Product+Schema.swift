extension Product {
    /// The stored fields of a socially innovative product or service (`products.csv`).
    package static let schema = EntitySchema<Product>([
        .id(\.id, "The product's identifier."),
        .reference(
            "organisation_id", sl: "organizacija", \.organisation, required: true, storedAs: "organisation",
            "The organisation that offers it."),
        .text("name", sl: "naziv", \.name, required: true, "Its name."),
        .enumeration("kind", sl: "vrsta", \.kind, "Product or service."),
        .text("stage", sl: "faza", \.stage, "Its stage, in free text."),
        .day("supported_on", sl: "datum_podpore", \.supportedOn, "The day it was supported."),
        .evidence(\.evidence, "The documents that prove it."),
    ])
}
