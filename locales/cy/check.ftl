# `boardpack check` a phroblemau'r pecyn.

check-valid = dilys: { $areas ->
        [zero] dim meysydd
        [one] { $areas } maes
        [two] { $areas } faes
       *[other] { $areas } maes
    }, { $recommendations ->
        [zero] dim argymhellion
        [one] { $recommendations } argymhelliad
       *[other] { $recommendations } argymhelliad
    }, { $actions ->
        [zero] dim camau gweithredu
        [one] { $actions } cam gweithredu
        [two] { $actions } gam gweithredu
        [few] { $actions } cham gweithredu
        [many] { $actions } cham gweithredu
       *[other] { $actions } cam gweithredu
    }, { $risks ->
        [zero] dim risgiau
       *[other] { $risks } risg
    }, { $kpis ->
        [zero] dim DPA
       *[other] { $kpis } DPA
    }; { $warnings ->
        [zero] dim rhybuddion
        [one] { $warnings } rhybudd
        [two] { $warnings } rybudd
       *[other] { $warnings } rhybudd
    }
