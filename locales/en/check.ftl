# `boardpack check` and the pack's problems.

check-valid = valid: { $areas ->
        [one] { $areas } area
       *[other] { $areas } areas
    }, { $recommendations ->
        [one] { $recommendations } recommendation
       *[other] { $recommendations } recommendations
    }, { $actions ->
        [one] { $actions } action
       *[other] { $actions } actions
    }, { $risks ->
        [one] { $risks } risk
       *[other] { $risks } risks
    }, { $kpis ->
        [one] { $kpis } KPI
       *[other] { $kpis } KPIs
    }; { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
check-language-cy = Welsh
check-language-en = English
check-untranslated = this text has no { $language } version { $count ->
        [one] (the only one without)
       *[other] ({ $count } texts in all have none: this is the first)
    }
check-untranslated-help = the pack declares it is written in { $language }: give each text as (en: "…", cy: "…"), or remove `{ $code }` from `languages`
check-invalid = invalid: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
