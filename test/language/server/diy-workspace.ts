/** The small workspace the server feature tests ask about: a catalog and one journey, with line numbers. */
export const catalog = [
    'persona Sam "Sam, weekend renovator" { goal "Finish the bathroom" channels Store }',
    'channel Store "DIY store" { type physical }',
    'team Logistics',
].join('\n');

export const diy = [
    'journey Diy "A Saturday at the DIY store" {',        // 0
    '    persona Sam',                                      // 1
    '    scale 0..10',                                      // 2
    '    phase Orientation {',                              // 3
    '        touchpoint Review { score 8 next Pay }',       // 4
    '    }',                                                // 5
    '    phase Purchase {',                                 // 6
    '        touchpoint Pay {',                             // 7
    '            channel Store',                            // 8
    '            senses touch',                             // 9
    '            owner Logistics',                          // 10
    '            score 2',                                  // 11
    '        }',                                            // 12
    '    }',                                                // 13
    '    improvement Scanners { for Pay }',                 // 14
    '}',                                                    // 15
].join('\n');
