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
