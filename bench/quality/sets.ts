/**
 * Kept-aside sets written the way an outside reviewer would test peerlint: from the seeds and the
 * research notes, in every inflection, spelling, shorthand, quote and open frame, without being told to
 * avoid the obvious words (the writers of aside7-aside41 and aside101-aside118 were). Their total is the nearest thing we
 * have to the held-out notes scored outside the team, so it is printed on its own and held to the
 * issue's bars in test/quality.test.ts.
 */
export const reviewerStyleAside = ['aside42', 'aside43', 'aside44', 'aside45', 'aside46', 'aside47', 'aside48', 'aside49', 'aside50', 'aside51', 'aside52', 'aside53', 'aside54', 'aside55', 'aside56', 'aside57', 'aside58', 'aside59', 'aside60', 'aside61', 'aside62', 'aside63', 'aside64', 'aside65', 'aside66', 'aside67', 'aside68', 'aside69', 'aside70', 'aside71', 'aside72', 'aside73', 'aside74', 'aside75', 'aside76', 'aside77', 'aside78', 'aside79', 'aside80', 'aside81', 'aside82', 'aside83', 'aside84', 'aside85', 'aside86', 'aside87', 'aside88', 'aside89', 'aside90', 'aside91', 'aside92', 'aside93', 'aside94', 'aside95', 'aside96', 'aside97', 'aside98', 'aside99', 'aside100']
