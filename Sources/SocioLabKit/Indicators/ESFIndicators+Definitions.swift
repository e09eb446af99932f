extension ESFIndicators {
    /// The 2014–2020 output indicators computed (CO01–CO11, CO15–CO19, CO23), in order.
    package static let esf2014: [ESFIndicatorDefinition] = [
        .init(
            "CO01", "Brezposelni, vključno z dolgotrajno brezposelnimi",
            "Unemployed, including long-term unemployed",
            .verified, "Status at entry unemployed or long-term unemployed."),
        .init(
            "CO02", "Dolgotrajno brezposelni", "Long-term unemployed", .verified,
            "Status at entry long-term unemployed (a subset of CO01)."),
        .init(
            "CO03", "Neaktivni", "Inactive", .verified,
            "Status at entry inactive, in education or training or not (includes CO04)."),
        .init(
            "CO04", "Neaktivni, ki niso vključeni v izobraževanje ali usposabljanje",
            "Inactive, not in education or training", .verified,
            "Status at entry inactive and not in education or training."),
        .init(
            "CO05", "Zaposleni, vključno s samozaposlenimi", "Employed, including self-employed", .verified,
            "Status at entry employed or self-employed."),
        .init(
            "CO06", "Mlajši od 25 let", "Below 25 years of age", .verified,
            "Age at entry below 25 (a person whose 25th birthday is the entry day is 25)."),
        .init("CO07", "Starejši od 54 let", "Above 54 years of age", .verified, "Age at entry 55 or older."),
        .init(
            "CO08",
            "Starejši od 54 let, ki so brezposelni, vključno z dolgotrajno brezposelnimi, ali neaktivni in niso "
                + "vključeni v izobraževanje ali usposabljanje",
            "Above 54 years of age who are unemployed, including long-term unemployed, or inactive not in "
                + "education or training", .verified,
            "Age at entry 55 or older and (CO01 or CO04)."),
        .init(
            "CO09", "Z osnovnošolsko (ISCED 1) ali nižjo srednješolsko izobrazbo (ISCED 2)",
            "With primary (ISCED 1) or lower secondary education (ISCED 2)", .verified,
            "ISCED 1 or 2 at entry, as worded; ISCED 0 counts in none of CO09–CO11."),
        .init(
            "CO10", "Z višjo srednješolsko (ISCED 3) ali posrednješolsko izobrazbo (ISCED 4)",
            "With upper secondary (ISCED 3) or post-secondary education (ISCED 4)", .verified,
            "ISCED 3 or 4 at entry."),
        .init(
            "CO11", "S terciarno izobrazbo (ISCED 5 do 8)", "With tertiary education (ISCED 5 to 8)",
            .verified,
            "ISCED 5 to 8 at entry."),
        .init(
            "CO15",
            "Migranti, udeleženci tujega porekla, manjšine (vključno z marginaliziranimi skupnostmi, kot so Romi)",
            "Migrants, participants with a foreign background, minorities (including marginalised communities "
                + "such as the Roma)", .verified, "Sensitive: counts only the answer yes."),
        .init(
            "CO16", "Udeleženci invalidi", "Participants with disabilities", .unverified,
            "Sensitive: counts only the answer yes."),
        .init(
            "CO17", "Drugi prikrajšani", "Other disadvantaged", .verified,
            "Sensitive: counts only the answer yes."),
        .init(
            "CO18", "Brezdomci ali osebe, izključene s trga stanovanj",
            "Homeless or affected by housing exclusion",
            .verified, "Recorded as homeless (collected from a sample)."),
        .init(
            "CO19", "Udeleženci s podeželja", "From rural areas", .unverified,
            "Recorded as living in a rural area (collected from a sample)."),
        .init(
            "CO23",
            "Število podprtih mikro, malih in srednjih podjetij (vključno z zadružnimi podjetji in podjetji "
                + "socialne ekonomije)",
            "Number of supported micro, small and medium-sized enterprises (including cooperative enterprises "
                + "and enterprises of the social economy)", .unverified,
            "Distinct organisations supported directly (see ESFIndicators.supportedEnterpriseRule).",
            entity: true),
    ]

    /// The ESF+ 2021–2027 output indicators computed from the same records, in order.
    ///
    /// EECO13–EECO15 (third-country nationals, foreign background, minorities) and EECO18 are not computed:
    /// the person record holds one combined answer (CO15's wording), so they cannot be told apart.
    package static let esfPlus: [ESFIndicatorDefinition] = [
        .init(
            "EECO01", "Skupno število udeležencev", "Total number of participants", .weak,
            "All participants with a complete record."),
        .init(
            "EECO02", "Brezposelni, vključno z dolgotrajno brezposelnimi",
            "Unemployed, including long-term unemployed",
            .verified, "Status at entry unemployed or long-term unemployed."),
        .init(
            "EECO03", "Dolgotrajno brezposelni", "Long-term unemployed", .unverified,
            "Status at entry long-term unemployed."),
        .init(
            "EECO04", "Neaktivni", "Inactive", .unverified, "Status at entry inactive (in education or not)."),
        .init(
            "EECO05", "Zaposleni, vključno s samozaposlenimi", "Employed, including self-employed", .verified,
            "Status at entry employed or self-employed."),
        .init(
            "EECO06", "Otroci, mlajši od 18 let", "Number of children below 18 years of age", .weak,
            "Age at entry below 18."),
        .init(
            "EECO07", "Mladi, stari od 18 do 29 let", "Young people between 18 and 29 years of age", .weak,
            "Age at entry 18 to 29."),
        .init(
            "EECO08", "Udeleženci, stari 55 let ali več",
            "Number of participants of 55 years of age and above",
            .unverified, "Age at entry 55 or older."),
        .init(
            "EECO09", "Z nižjo srednješolsko izobrazbo ali manj (ISCED 0–2)",
            "With lower secondary education or less (ISCED 0-2)", .unverified, "ISCED 0, 1 or 2 at entry."),
        .init(
            "EECO10", "Z višjo srednješolsko (ISCED 3) ali posrednješolsko izobrazbo (ISCED 4)",
            "With upper secondary (ISCED 3) or post-secondary education (ISCED 4)", .unverified,
            "ISCED 3 or 4 at entry."),
        .init(
            "EECO11", "S terciarno izobrazbo (ISCED 5 do 8)", "With tertiary education (ISCED 5 to 8)",
            .unverified,
            "ISCED 5 to 8 at entry."),
        .init(
            "EECO12", "Udeleženci invalidi", "Participants with disabilities", .verified,
            "Sensitive: counts only the answer yes."),
        .init(
            "EECO16", "Brezdomci ali osebe, izključene s trga stanovanj",
            "Homeless or affected by housing exclusion",
            .weak, "Recorded as homeless."),
        .init(
            "EECO17", "Udeleženci s podeželja", "Participants from rural areas", .unverified,
            "Recorded as living in a rural area."),
        .init(
            "EECO19",
            "Število podprtih mikro, malih in srednjih podjetij (vključno z zadrugami in socialnimi podjetji)",
            "Number of micro, small and medium-sized enterprises (including cooperative enterprises and social "
                + "enterprises) supported", .verified,
            "Distinct organisations supported directly, as CO23.", entity: true),
    ]
}
