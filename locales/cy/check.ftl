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
check-language-cy = Gymraeg
check-language-en = Saesneg
check-untranslated = nid oes fersiwn { $language } o'r testun hwn { $count ->
        [one] (yr unig un hebddi)
       *[other] (mae { $count } testun i gyd hebddi: dyma'r cyntaf)
    }
check-untranslated-help = mae'r pecyn yn datgan ei fod wedi'i ysgrifennu yn { $language }: rhowch bob testun fel (en: "…", cy: "…"), neu tynnwch `{ $code }` o `languages`
check-invalid = annilys: { $errors ->
        [zero] dim gwallau
        [one] { $errors } gwall
        [two] { $errors } wall
       *[other] { $errors } gwall
    }, { $warnings ->
        [zero] dim rhybuddion
        [one] { $warnings } rhybudd
        [two] { $warnings } rybudd
       *[other] { $warnings } rhybudd
    }
