# Dyddiadau. Mae $day a $month yn rhifau (Ionawr = 1, Dydd Llun = 1).

month = { $month ->
    [1] Ionawr
    [2] Chwefror
    [3] Mawrth
    [4] Ebrill
    [5] Mai
    [6] Mehefin
    [7] Gorffennaf
    [8] Awst
    [9] Medi
    [10] Hydref
    [11] Tachwedd
   *[12] Rhagfyr
}
month-short = { $month ->
    [1] Ion
    [2] Chwef
    [3] Maw
    [4] Ebr
    [5] Mai
    [6] Meh
    [7] Gorff
    [8] Awst
    [9] Medi
    [10] Hyd
    [11] Tach
   *[12] Rhag
}
weekday = { $day ->
    [1] Dydd Llun
    [2] Dydd Mawrth
    [3] Dydd Mercher
    [4] Dydd Iau
    [5] Dydd Gwener
    [6] Dydd Sadwrn
   *[7] Dydd Sul
}
weekday-short = { $day ->
    [1] Llun
    [2] Maw
    [3] Mer
    [4] Iau
    [5] Gwe
    [6] Sad
   *[7] Sul
}
date-long = { $day } { $month } { $year }
date-short = { $weekday } { $day } { $month } { $year }
# Enw'r dydd ar ei ben ei hun, ar ôl "ddydd".
weekday-bare = { $day ->
    [1] Llun
    [2] Mawrth
    [3] Mercher
    [4] Iau
    [5] Gwener
    [6] Sadwrn
   *[7] Sul
}
