/**
 * Word lists and templates for the synthetic directory generator (generate-directory.ts).
 *
 * Everything here is made up but shaped like a real social-prescribing directory: the kinds of
 * groups, the way volunteers describe them, the venues they meet in. Text may contain
 * placeholders that the generator fills in:
 *
 *   {town}   the village or town (the venue's locality, or the organisation's home town)
 *   {venue}  the venue name (in-person listings only)
 *   {day}    the day it meets, like Tuesday (only when it meets on one day)
 *   {days}   the same as a plural, like Tuesdays
 *   {leader} the first name of the person who runs it
 *   {org}    the organisation name
 *   {region} a name for the wider district, like Clay Country
 *   {saint}  a saint's name, for church halls
 *   {place}  the venue's locality (venue names only)
 *   {main}   the main town of the organisation's area (organisation names only)
 *   {n}      a small number of people
 *
 * A sentence whose placeholders can't all be filled is skipped, so the same pools serve
 * in-person, online and phone listings.
 *
 * Taxonomy codes are checked against content/taxonomies/ when the generator runs; codes that a
 * directory doesn't have are dropped.
 */

export type Slot = 'morning' | 'afternoon' | 'evening';
export type RegularPattern = 'weekly' | 'fortnightly' | 'monthly';
export type DayCode = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** How a template tends to charge: see pickCost in generate-directory.ts. */
export type CostProfile = 'free' | 'donation' | 'low' | 'fee' | 'monthly' | 'mixed';
export type JoinMethod = 'turn-up' | 'book' | 'call-first';
export type RemoteMode = 'online' | 'phone' | 'home-visit';
export type ActivityKind = 'group' | 'drop-in' | 'course' | 'event' | 'one-to-one' | 'remote' | 'home-visits';

export interface ActivityTemplate {
  titles: readonly string[];
  kind: ActivityKind;
  /** The first category is the template's main one. */
  categories: readonly string[];
  helpsWith: readonly string[];
  audiences: readonly string[];
  /** One-line summaries (160 characters or fewer once filled). */
  summaries: readonly string[];
  /** Sentences about what happens. */
  what: readonly string[];
  /** For services with no venue: how it runs. */
  remote?: RemoteMode;
  /** For services with no fixed times: the whenNote choices (then there are no sessions). */
  whenNotes?: readonly string[];
  /** Prefers an outdoor meeting point. */
  outdoor?: boolean;
  slots?: readonly Slot[];
  /** Start times ("HH:MM") instead of the usual ones for the slot, for long sessions. */
  starts?: readonly string[];
  minutes?: readonly number[];
  patterns?: readonly RegularPattern[];
  days?: readonly DayCode[];
  cost?: CostProfile;
  joining?: JoinMethod;
  leaderRole?: string;
  ages?: readonly [number, number];
  languages?: readonly string[];
  /** For events on fixed dates, like Christmas Day. */
  dates?: readonly string[];
  /** Welcome text for the first visit, tried before the shared pool. */
  firstVisit?: readonly string[];
}

const WEEKDAYS: readonly DayCode[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

// ---------------------------------------------------------------------------------------------
// Activities: several per category, regular groups, courses, events and remote services.
// ---------------------------------------------------------------------------------------------

export const ACTIVITY_TEMPLATES: readonly ActivityTemplate[] = [
  // social
  {
    titles: ['{town} Coffee Morning', '{day} Coffee Morning', 'Coffee and Chat at {venue}', 'Community Coffee Morning, {town}'],
    kind: 'group', categories: ['social', 'food'], helpsWith: ['loneliness', 'confidence'], audiences: ['everyone', 'older-people'],
    summaries: ['A relaxed coffee morning with homemade cake and good company. Everyone is welcome.', 'Drop in for a cuppa, a biscuit and a chat with friendly neighbours.'],
    what: ['We put the kettle on, set out the cake and chat.', 'There is a small raffle most weeks and a table of second-hand books.', 'Some people stay for ten minutes, some for the whole morning.', 'Volunteers bring round tea and coffee, so you do not need to queue.'],
    slots: ['morning'], minutes: [90, 120], cost: 'donation', joining: 'turn-up', leaderRole: 'organiser',
  },
  {
    titles: ["{town} Men's Shed", "Men's Shed", 'The Shed, {town}'],
    kind: 'group', categories: ['social', 'arts-and-crafts', 'volunteering'], helpsWith: ['loneliness', 'new-skills', 'low-mood'], audiences: ['men', 'older-people'],
    summaries: ['A workshop where men (and anyone else) make, mend and chat over a brew.', 'Woodwork, repairs and a lot of tea. No skills needed, just come and have a look.'],
    what: ['Members make bird boxes, benches and planters, and fix things for neighbours.', 'Some members are skilled carpenters and some had never picked up a chisel before.', 'It is really about the tea and the chat, shoulder to shoulder rather than face to face.', 'We take on small jobs for the school and the parish council.'],
    slots: ['morning', 'afternoon'], minutes: [180, 210], patterns: ['weekly'], cost: 'monthly', joining: 'call-first', leaderRole: 'shed chair',
  },
  {
    titles: ["Veterans' Breakfast Club", "{town} Veterans' Breakfast", 'Armed Forces Breakfast Club'],
    kind: 'group', categories: ['social', 'food'], helpsWith: ['loneliness', 'low-mood'], audiences: ['veterans'],
    summaries: ['A full breakfast and a catch-up for veterans of all services and their families.', 'Veterans and their partners meet for breakfast, banter and support.'],
    what: ['We meet over a cooked breakfast and swap stories.', 'Anyone who has served is welcome, whatever their service or how long ago.', 'Partners and widows of veterans are welcome too.', 'Someone from the veterans advice service usually pops in if you need help with anything.'],
    slots: ['morning'], minutes: [120], patterns: ['monthly', 'fortnightly'], cost: 'low', joining: 'turn-up', leaderRole: 'club organiser',
  },
  {
    titles: ['Games Afternoon', 'Cards and Board Games Club', '{town} Games Club', 'Scrabble and Cards at {venue}'],
    kind: 'group', categories: ['social'], helpsWith: ['loneliness', 'memory'], audiences: ['everyone', 'older-people'],
    summaries: ['Cards, dominoes, Scrabble and board games with tea and biscuits. Beginners welcome.', 'A friendly afternoon of games. We will teach you any game you do not know.'],
    what: ['We play whist, rummy, dominoes, Scrabble and whatever else people bring.', 'There is always a table for beginners, and nobody minds if you forget the rules.', 'Halfway through we stop for tea and a natter.'],
    slots: ['afternoon'], minutes: [120, 150], cost: 'low', joining: 'turn-up', leaderRole: 'organiser',
  },
  {
    titles: ["Young People's Drop-in (16 to 25)", 'Youth Café, {town}', 'Friday Night Hangout (16 to 25)'],
    kind: 'group', categories: ['social', 'mental-wellbeing'], helpsWith: ['loneliness', 'confidence', 'low-mood'], audiences: ['young-people'],
    summaries: ['A safe, relaxed space for 16 to 25 year olds to hang out, play games and talk to youth workers.', 'Free drinks, snacks, games and music for young people aged 16 to 25.'],
    what: ['There is pool, a games console, music and free snacks.', 'Youth workers are around if you want to talk about anything, from college to money to how you feel.', 'You can come on your own. Lots of people do the first time.'],
    slots: ['evening', 'afternoon'], minutes: [120, 150], cost: 'free', joining: 'turn-up', leaderRole: 'youth worker', ages: [16, 25],
  },
  {
    titles: ['Tea Dance', '{town} Tea Dance', 'Afternoon Tea Dance at {venue}'],
    kind: 'group', categories: ['social', 'exercise', 'music-and-singing'], helpsWith: ['loneliness', 'getting-active'], audiences: ['older-people', 'everyone'],
    summaries: ['Ballroom and sequence dancing to old favourites, with tea and cake in the interval.', 'Dance, or just listen to the music and enjoy a cup of tea.'],
    what: ['We dance the waltz, quickstep and foxtrot, plus some sequence dances.', 'You do not need a partner and you do not need to dance at all.', 'There is tea and homemade cake in the interval.'],
    slots: ['afternoon'], minutes: [120], patterns: ['fortnightly', 'monthly'], cost: 'low', joining: 'turn-up', leaderRole: 'organiser',
  },
  {
    titles: ['Online Coffee and Chat', 'Virtual Coffee Morning', 'Online Friendship Group'],
    kind: 'remote', remote: 'online', categories: ['social', 'befriending'], helpsWith: ['loneliness', 'confidence'], audiences: ['everyone'],
    summaries: ['Grab a cuppa and join a friendly video chat from home. We can help you get online.', 'A weekly video call to chat, laugh and meet new people without leaving home.'],
    what: ['We meet on a video call for an hour of chat.', 'There is usually a topic to get us started, like holidays or favourite songs.', 'If you have never used a video call before, a volunteer can ring and talk you through it.'],
    slots: ['morning', 'afternoon'], minutes: [60], patterns: ['weekly', 'fortnightly'], cost: 'free', joining: 'book', leaderRole: 'host',
  },
  {
    titles: ['Telephone Chat Group', '{day} Telephone Group', 'Phone Friends Group'],
    kind: 'remote', remote: 'phone', categories: ['social', 'befriending'], helpsWith: ['loneliness'], audiences: ['older-people'],
    summaries: ['A group chat over the phone for people who cannot easily get out. We ring you.', 'Up to six people chat together on a free phone call, with a friendly host.'],
    what: ['At the start time we ring everyone and join the call together.', 'The host keeps the chat going and makes sure everyone gets a say.', 'It is free and you only need an ordinary phone.'],
    slots: ['morning', 'afternoon'], minutes: [45, 60], patterns: ['weekly'], cost: 'free', joining: 'call-first', leaderRole: 'group host',
  },

  // befriending
  {
    titles: ['Befriending by Phone', 'Telephone Befriending', 'Friendly Phone Calls'],
    kind: 'remote', remote: 'phone', categories: ['befriending'], helpsWith: ['loneliness', 'low-mood'], audiences: ['older-people', 'everyone'],
    summaries: ['A regular phone call from a friendly volunteer, at a time that suits you.', 'A volunteer rings you for a chat each week. Free, and no need to leave home.'],
    what: ['We match you with a volunteer who shares some of your interests.', 'Your volunteer rings at the same time each week for a chat.', 'Calls usually last half an hour, but there is no rush.'],
    whenNotes: ['Weekly calls at a time you agree with your volunteer.', 'Calls on weekdays, at a time that suits you.'],
    cost: 'free', joining: 'call-first', leaderRole: 'befriending coordinator',
  },
  {
    titles: ['Home Visiting Befriending', 'Befriending at Home', 'Good Neighbours Visiting'],
    kind: 'home-visits', remote: 'home-visit', categories: ['befriending'], helpsWith: ['loneliness', 'confidence'], audiences: ['older-people'],
    summaries: ['A volunteer visits you at home for an hour or so each week for a cuppa and a chat.', 'A friendly visit at home each week from a checked, trained volunteer.'],
    what: ['Our volunteers chat, play cards, look at photos or go for a short walk with you.', 'The coordinator visits first to get to know you and find the right match.', 'Over time, some people like their befriender to come with them to a local group.'],
    whenNotes: ['Weekly visits, weekdays and some weekends, at a time you agree.', 'An hour a week, at a time that suits you and your volunteer.'],
    cost: 'free', joining: 'call-first', leaderRole: 'befriending coordinator',
  },
  {
    titles: ['Befriending Social Afternoon', 'Friendship Club', 'Befrienders Get-together'],
    kind: 'group', categories: ['befriending', 'social'], helpsWith: ['loneliness', 'confidence'], audiences: ['older-people'],
    summaries: ['A monthly afternoon tea for people who have a befriender, and anyone else who would like to come.', 'Tea, cake and a quiz with volunteers who are used to welcoming new people.'],
    what: ['There is a light quiz, a raffle and plenty of tea.', 'Befrienders can bring the person they visit, so nobody arrives alone.', 'Transport can be arranged if you cannot get there yourself.'],
    slots: ['afternoon'], minutes: [120], patterns: ['monthly'], cost: 'free', joining: 'call-first', leaderRole: 'volunteer coordinator',
  },

  // walking
  {
    titles: ['{town} Walking Group', '{town} Walkers', '{town} Health Walk', 'Walk and Talk, {town}'],
    kind: 'group', outdoor: true, categories: ['walking', 'gardening-and-nature'], helpsWith: ['getting-active', 'loneliness', 'low-mood'], audiences: ['everyone'],
    summaries: ['A friendly led walk of two to four miles, with a stop for coffee afterwards.', 'A gentle walk at a chatty pace. Nobody gets left behind.'],
    what: ['We follow footpaths, lanes and old tramways around {town}.', 'A trained walk leader goes at the front and another at the back.', 'Walks are mostly on tracks with a few gentle hills.', 'We usually finish with a coffee for anyone who wants one.'],
    slots: ['morning'], minutes: [90, 120], days: ['tue', 'wed', 'thu', 'sat', 'sun'], cost: 'free', joining: 'turn-up', leaderRole: 'walk leader',
    firstVisit: ['Wear sturdy shoes and bring a drink. Walks can be muddy.', 'Arrive ten minutes early so the leader can take your emergency contact details.'],
  },
  {
    titles: ['Gentle Strolls', 'Short and Gentle Walk', 'Stroll and Coffee, {town}'],
    kind: 'group', outdoor: true, categories: ['walking'], helpsWith: ['getting-active', 'loneliness', 'long-term-pain'], audiences: ['older-people', 'long-term-condition'],
    summaries: ['A short, flat walk of about a mile, with benches on the way and coffee at the end.', 'A slow, flat stroll for people who are getting back on their feet.'],
    what: ['The walk is about a mile on level paths, with places to sit on the way.', 'We go at the pace of the slowest walker.', 'It is a good first step if you have been unwell or have not walked far for a while.'],
    slots: ['morning', 'afternoon'], minutes: [60, 90], cost: 'free', joining: 'turn-up', leaderRole: 'walk leader',
  },
  {
    titles: ["Men's Walk and Talk", 'Walk and Talk for Men', 'Blokes Who Walk'],
    kind: 'group', outdoor: true, categories: ['walking', 'mental-wellbeing'], helpsWith: ['low-mood', 'stress', 'getting-active'], audiences: ['men'],
    summaries: ['A walk for men who want some fresh air and a chat, or just some company in silence.', 'Men walk and talk side by side. No pressure to talk about anything.'],
    what: ['It is easier to talk side by side than face to face.', 'Some weeks the talk is about football, some weeks it is about how life is going.', 'Walk leaders have mental health first aid training.'],
    slots: ['evening', 'morning'], minutes: [60, 90], days: ['mon', 'wed', 'sat', 'sun'], cost: 'free', joining: 'turn-up', leaderRole: 'walk leader',
  },
  {
    titles: ['Buggy Walk', 'Pram Walk and Coffee', 'Parents on the Move'],
    kind: 'group', outdoor: true, categories: ['walking', 'families'], helpsWith: ['getting-active', 'loneliness'], audiences: ['families'],
    summaries: ['A buggy-friendly walk for parents and carers of babies and toddlers, ending with coffee.', 'Get out of the house with the baby and meet other parents on a flat, easy route.'],
    what: ['The route is flat and suitable for buggies and prams.', 'We finish at a café where there is room for buggies.', 'Dads, mums, grandparents and childminders all come along.'],
    slots: ['morning'], minutes: [60, 90], days: WEEKDAYS, cost: 'free', joining: 'turn-up', leaderRole: 'walk leader',
  },
  {
    titles: ['Nordic Walking for Beginners', 'Learn Nordic Walking'],
    kind: 'course', outdoor: true, categories: ['walking', 'exercise'], helpsWith: ['getting-active', 'new-skills'], audiences: ['everyone'],
    summaries: ['Learn Nordic walking with poles in a small group. Poles are provided.', 'A short course in Nordic walking, a full-body workout that is gentle on the joints.'],
    what: ['A qualified instructor teaches the technique over the course.', 'Poles are provided, so you just need comfortable shoes.', 'By the end you will be ready to join one of our regular walks.'],
    slots: ['morning'], minutes: [60, 90], cost: 'fee', joining: 'book', leaderRole: 'instructor',
  },

  // exercise
  {
    titles: ['Chair Yoga for Beginners', 'Chair Yoga', 'Gentle Chair Yoga, {town}'],
    kind: 'group', categories: ['exercise'], helpsWith: ['getting-active', 'stress', 'long-term-pain'], audiences: ['older-people', 'long-term-condition'],
    summaries: ['Gentle yoga sitting on (or holding on to) a chair. Good for stiff joints and for relaxing.', 'Seated yoga stretches and breathing for all abilities.'],
    what: ['Every move can be done sitting down.', 'We finish with ten minutes of breathing and relaxation.', 'The teacher shows an easier and a harder way of each stretch.'],
    slots: ['morning', 'afternoon'], minutes: [60], cost: 'low', joining: 'turn-up', leaderRole: 'yoga teacher',
  },
  {
    titles: ['Chair-based Exercise', '{town} Chair Exercise', 'Seated Exercise Class'],
    kind: 'group', categories: ['exercise'], helpsWith: ['getting-active', 'long-term-pain', 'loneliness'], audiences: ['older-people'],
    summaries: ['A fun seated exercise class to music, to keep you moving and build strength.', 'Keep moving with friendly seated exercise, then stay for a cup of tea.'],
    what: ['We warm up, move to music and use light weights and bands.', 'The instructor is trained to work with people who have health conditions.', 'Most people stay for a cup of tea afterwards.'],
    slots: ['morning', 'afternoon'], minutes: [45, 60], cost: 'low', joining: 'turn-up', leaderRole: 'instructor',
  },
  {
    titles: ['Strength and Balance Class', 'Steady Steps', 'Falls Prevention Exercise'],
    kind: 'group', categories: ['exercise', 'health-conditions'], helpsWith: ['getting-active', 'confidence'], audiences: ['older-people'],
    summaries: ['Exercises to build strength and balance and help prevent falls. Suitable if you use a stick.', 'A class to make you steadier on your feet, taught by a falls prevention instructor.'],
    what: ['Each week builds on the last, with exercises you can also do at home.', 'Many people notice they feel steadier after a few weeks.', 'You can hold on to a chair for every exercise.'],
    slots: ['morning', 'afternoon'], minutes: [60], patterns: ['weekly'], cost: 'low', joining: 'call-first', leaderRole: 'instructor',
  },
  {
    titles: ['Tai Chi', '{town} Tai Chi', 'Tai Chi for Health'],
    kind: 'group', categories: ['exercise', 'mental-wellbeing'], helpsWith: ['getting-active', 'stress', 'long-term-pain'], audiences: ['everyone', 'older-people'],
    summaries: ['Slow, flowing tai chi movements for balance, calm and gentle strength.', 'A calm class of tai chi for health, for complete beginners and improvers.'],
    what: ['We learn a short form, a few movements at a time.', 'The movements are slow and can be done seated.', 'Many people find it helps them sleep better.'],
    slots: ['morning', 'evening'], minutes: [60], cost: 'low', joining: 'turn-up', leaderRole: 'instructor',
  },
  {
    titles: ['Walking Football', '{town} Walking Football', 'Walking Netball'],
    kind: 'group', categories: ['exercise', 'social'], helpsWith: ['getting-active', 'loneliness'], audiences: ['men', 'older-people', 'everyone'],
    summaries: ['The game you love at walking pace. No running, no slide tackles, plenty of laughs.', 'A slower version of the game for anyone who wants to play again.'],
    what: ['No running, and no contact, so it is kind on knees and hearts.', 'We split into mixed teams each week, so the games stay friendly.', 'Plenty of people come back to the game after thirty years away.'],
    slots: ['morning', 'evening'], minutes: [60, 90], cost: 'low', joining: 'turn-up', leaderRole: 'coach',
  },
  {
    titles: ['Gentle Pilates', "Beginners' Pilates, {town}", 'Pilates for Bad Backs'],
    kind: 'group', categories: ['exercise'], helpsWith: ['getting-active', 'long-term-pain', 'stress'], audiences: ['everyone'],
    summaries: ['A gentle Pilates class for beginners to strengthen your core and ease your back.', 'Slow, controlled Pilates for people new to exercise or with back pain.'],
    what: ['Slow, controlled exercises to strengthen your core and improve posture.', 'The class is small, so the teacher can help everyone.', 'Bring a mat and some water.'],
    slots: ['evening', 'morning'], minutes: [60], cost: 'fee', joining: 'book', leaderRole: 'instructor',
  },
  {
    titles: ['Zumba Gold', 'Seated Dance', 'Dance Fit for Over 50s'],
    kind: 'group', categories: ['exercise', 'music-and-singing'], helpsWith: ['getting-active', 'low-mood'], audiences: ['older-people', 'everyone'],
    summaries: ['Low-impact dance to Latin and pop music. Great fun and no experience needed.', 'Dance your way to fitness at your own pace, standing or seated.'],
    what: ['Easy-to-follow dance moves to upbeat music.', 'You can do the whole class sitting down if you prefer.', 'Nobody is watching your feet, we promise.'],
    slots: ['morning', 'evening'], minutes: [45, 60], cost: 'low', joining: 'turn-up', leaderRole: 'instructor',
  },
  {
    titles: ['Sea Swimming Group', '{town} Dippers', 'Wild Swimming for Wellbeing'],
    kind: 'group', outdoor: true, categories: ['exercise', 'mental-wellbeing'], helpsWith: ['getting-active', 'low-mood', 'stress'], audiences: ['everyone'],
    summaries: ['A friendly group for a dip in the sea all year round. You go in as far as you like.', 'Cold-water dips in a group, with warm drinks and chat afterwards.'],
    what: ['We dip in the sea all year round, whatever the weather.', 'Some swim, some just paddle, and some hold the towels.', 'Experienced members keep an eye on everyone.'],
    slots: ['morning'], minutes: [60], days: ['sat', 'sun', 'wed'], cost: 'free', joining: 'turn-up', leaderRole: 'organiser',
    firstVisit: ['Bring a towel, a warm hat and something to stand on. You do not need a wetsuit.'],
  },
  {
    titles: ['Chair Exercise Online', 'Online Seated Exercise', 'Move at Home'],
    kind: 'remote', remote: 'online', categories: ['exercise'], helpsWith: ['getting-active', 'long-term-pain'], audiences: ['older-people', 'long-term-condition'],
    summaries: ['A live seated exercise class you can join from your own living room.', 'Keep active from home with a friendly instructor on a video call.'],
    what: ['The instructor leads a warm-up, some strength work and a cool-down.', 'You only need a sturdy chair without arms.', 'Cameras on or off, it is up to you.'],
    slots: ['morning'], minutes: [45], patterns: ['weekly'], cost: 'free', joining: 'book', leaderRole: 'instructor',
  },
  {
    titles: ['Beginners Yoga Course', 'Chair Yoga for Beginners: Six Weeks'],
    kind: 'course', categories: ['exercise', 'mental-wellbeing'], helpsWith: ['getting-active', 'stress'], audiences: ['everyone'],
    summaries: ['A short course of gentle yoga for complete beginners. Mats provided.', 'Learn the basics of yoga, breathing and relaxation in a small group.'],
    what: ['Each week we learn a few simple postures and a breathing exercise.', 'You will get a sheet of exercises to try at home.', 'Mats and blocks are provided.'],
    slots: ['morning', 'evening'], minutes: [60, 75], cost: 'fee', joining: 'book', leaderRole: 'yoga teacher',
  },

  // arts-and-crafts
  {
    titles: ['Knit and Natter at {venue}', '{town} Knit and Natter', 'Knit and Natter'],
    kind: 'group', categories: ['arts-and-crafts', 'social'], helpsWith: ['loneliness', 'new-skills'], audiences: ['everyone', 'older-people'],
    summaries: ['Bring your knitting, crochet or sewing and join us for a natter and a cuppa.', 'A relaxed group for knitters and crocheters of every level. We will teach beginners.'],
    what: ['Bring whatever you are working on, or start something new.', 'We knit blankets and hats for the special care baby unit.', 'Spare needles and wool are always available.', 'Nobody minds if you spend more time chatting than knitting.'],
    slots: ['morning', 'afternoon'], minutes: [120], cost: 'donation', joining: 'turn-up', leaderRole: 'organiser',
  },
  {
    titles: ['{town} Craft Club', 'Crafty Afternoons', 'Make and Mend Club'],
    kind: 'group', categories: ['arts-and-crafts'], helpsWith: ['new-skills', 'loneliness', 'confidence'], audiences: ['everyone'],
    summaries: ['Card making, painting, collage and seasonal crafts. All materials provided.', 'A different craft each session, with tea and cake. No experience needed.'],
    what: ['Each session has a different project, like card making, decoupage or wreaths.', 'All materials are provided, so just bring yourself.', 'You take home whatever you make.'],
    slots: ['afternoon', 'morning'], minutes: [120], cost: 'low', joining: 'turn-up', leaderRole: 'craft leader',
  },
  {
    titles: ["Young People's Art Club", 'Art Club (16 to 25)', 'Create Space (16 to 25)'],
    kind: 'group', categories: ['arts-and-crafts', 'mental-wellbeing'], helpsWith: ['confidence', 'low-mood', 'new-skills'], audiences: ['young-people'],
    summaries: ['Drawing, painting, printmaking and zines for 16 to 25 year olds. Free, with snacks.', 'A relaxed art club for young people, led by a local artist.'],
    what: ['A local artist leads a project each term, from printmaking to murals.', 'You do not need to be good at art. It is about having a go.', 'There are free snacks and drinks.'],
    slots: ['evening', 'afternoon'], minutes: [120], cost: 'free', joining: 'turn-up', leaderRole: 'artist', ages: [16, 25],
  },
  {
    titles: ['Watercolour Painting Group', '{town} Art Group', 'Painting for Pleasure'],
    kind: 'group', categories: ['arts-and-crafts'], helpsWith: ['new-skills', 'stress'], audiences: ['everyone', 'older-people'],
    summaries: ['Paint together in a relaxed group. Tips for beginners and space for experienced painters.', 'A friendly painting group for all abilities, with occasional demonstrations.'],
    what: ['Members paint whatever they like, and someone is always happy to give tips.', 'Once a month a local artist gives a demonstration.', 'We hold a small exhibition every summer.'],
    slots: ['morning', 'afternoon'], minutes: [120, 150], cost: 'low', joining: 'turn-up', leaderRole: 'group leader',
  },
  {
    titles: ['Sewing Bee', 'Crochet Circle', 'Patchwork and Quilting Group'],
    kind: 'group', categories: ['arts-and-crafts', 'social'], helpsWith: ['new-skills', 'loneliness'], audiences: ['everyone', 'women'],
    summaries: ['Sew, crochet or quilt with others and learn new techniques. Machines available.', 'A sociable group for anyone who likes to make things with fabric or yarn.'],
    what: ['There are sewing machines you can use, or bring your own.', 'Members share patterns, fabric and tips.', 'Beginners are always welcome and someone will show you the basics.'],
    slots: ['afternoon', 'evening'], minutes: [120], cost: 'low', joining: 'turn-up', leaderRole: 'organiser',
  },
  {
    titles: ['Art for Wellbeing', 'Creative Wellbeing Course', 'Art and Mindfulness'],
    kind: 'course', categories: ['arts-and-crafts', 'mental-wellbeing'], helpsWith: ['low-mood', 'stress', 'confidence'], audiences: ['everyone'],
    summaries: ['A short course using art to relax, reflect and feel better. No art skills needed.', 'Gentle creative sessions for people going through a tough time.'],
    what: ['Each week we try a different way of making art, from clay to collage.', 'It is about the process, not the result.', 'Groups are small, with an artist and a wellbeing worker.'],
    slots: ['morning', 'afternoon'], minutes: [120], cost: 'free', joining: 'book', leaderRole: 'artist',
  },

  // music-and-singing
  {
    titles: ['Ukulele Group', '{town} Ukulele Club', 'Strum Along Ukulele'],
    kind: 'group', categories: ['music-and-singing', 'social'], helpsWith: ['new-skills', 'loneliness', 'low-mood'], audiences: ['everyone'],
    summaries: ['Learn to play the ukulele with friendly beginners. Spare ukuleles to borrow.', 'Strum and sing along to pop songs and old favourites. All levels welcome.'],
    what: ['We play easy songs with three or four chords.', 'Song sheets are provided, and we have spare ukuleles to borrow.', 'Nobody plays solo unless they want to.'],
    slots: ['evening', 'afternoon'], minutes: [90, 120], cost: 'low', joining: 'turn-up', leaderRole: 'group leader',
  },
  {
    titles: ['{town} Community Choir', 'Sing for Fun, {town}', 'Rock Choir'],
    kind: 'group', categories: ['music-and-singing', 'social'], helpsWith: ['low-mood', 'loneliness', 'confidence'], audiences: ['everyone'],
    summaries: ['A friendly choir with no auditions. If you can talk, you can sing.', 'Sing pop, folk and gospel songs with a friendly community choir.'],
    what: ['We learn songs by ear, so you do not need to read music.', 'Our songs range from pop to folk to Cornish traditional songs.', 'We sing at a few local events each year, but you do not have to take part.'],
    slots: ['evening'], minutes: [90, 120], patterns: ['weekly'], cost: 'low', joining: 'turn-up', leaderRole: 'choir leader',
  },
  {
    titles: ['Singing for the Brain', 'Musical Memories', 'Songs and Smiles'],
    kind: 'group', categories: ['music-and-singing', 'memory-and-dementia'], helpsWith: ['memory', 'loneliness', 'caring'], audiences: ['dementia', 'carers'],
    summaries: ['Singing, music and chat for people living with dementia and the people who care for them.', 'Familiar songs and gentle music sessions for people with memory problems.'],
    what: ['We sing well-loved songs from the forties to the seventies.', 'Carers and family join in too.', 'There is tea and a chat at half time.'],
    slots: ['afternoon', 'morning'], minutes: [90, 120], patterns: ['fortnightly', 'monthly', 'weekly'], cost: 'free', joining: 'call-first', leaderRole: 'music leader',
  },
  {
    titles: ['Sing for Your Lungs', 'Singing for Breathing'],
    kind: 'group', categories: ['music-and-singing', 'health-conditions'], helpsWith: ['getting-active', 'confidence'], audiences: ['long-term-condition'],
    summaries: ['Singing and breathing exercises for people with COPD, asthma and other lung conditions.', 'Gentle singing to help you control your breathing and feel less breathless.'],
    what: ['We start with breathing and posture exercises.', 'The songs are chosen to help with breath control.', 'Many members say they feel less breathless day to day.'],
    slots: ['afternoon', 'morning'], minutes: [60, 90], cost: 'free', joining: 'turn-up', leaderRole: 'singing leader',
  },
  {
    titles: ['Folk Music Session', 'Drumming Circle', 'Acoustic Music Night'],
    kind: 'group', categories: ['music-and-singing'], helpsWith: ['loneliness', 'new-skills'], audiences: ['everyone'],
    summaries: ['Bring an instrument, or just come and listen. A relaxed and friendly music session.', 'An informal session where anyone can play, sing or listen.'],
    what: ['Players sit in a circle and take turns to start a tune.', 'Beginners can join in on the easier tunes, or just listen.', 'There are spare drums and shakers to borrow.'],
    slots: ['evening'], minutes: [120], patterns: ['fortnightly', 'monthly'], cost: 'free', joining: 'turn-up', leaderRole: 'organiser',
  },

  // gardening-and-nature
  {
    titles: ['Community Garden Volunteers', '{town} Community Garden', 'Growing Together, {town}'],
    kind: 'group', outdoor: true, categories: ['gardening-and-nature', 'volunteering'], helpsWith: ['getting-active', 'low-mood', 'new-skills'], audiences: ['everyone'],
    summaries: ['Grow fruit, vegetables and flowers together in the community garden. Tools provided.', 'Get your hands dirty in a friendly community garden. No experience needed.'],
    what: ['We grow vegetables, fruit and flowers and share what we grow.', 'There are jobs for everyone, from digging to potting up seedlings sitting down.', 'Tools and gloves are provided, and there is always a tea break.'],
    slots: ['morning', 'afternoon'], minutes: [120, 180], days: ['tue', 'wed', 'thu', 'sat'], cost: 'free', joining: 'turn-up', leaderRole: 'garden coordinator',
    firstVisit: ['Wear old clothes and shoes you do not mind getting muddy.'],
  },
  {
    titles: ['{town} Allotment Group', 'Shared Allotment', 'Grow Your Own Group'],
    kind: 'group', outdoor: true, categories: ['gardening-and-nature', 'social'], helpsWith: ['getting-active', 'new-skills', 'loneliness'], audiences: ['everyone', 'older-people'],
    summaries: ['Share a plot and learn to grow your own vegetables with experienced gardeners.', 'A shared allotment where beginners work alongside experienced growers.'],
    what: ['We have raised beds you can reach from a chair.', 'Experienced gardeners are happy to share what they know.', 'Produce is shared out or given to the community larder.'],
    slots: ['morning'], minutes: [120, 180], cost: 'free', joining: 'call-first', leaderRole: 'allotment secretary',
  },
  {
    titles: ['Conservation Volunteers', 'Green Gym', 'Clay Trails Conservation Day'],
    kind: 'group', outdoor: true, categories: ['gardening-and-nature', 'volunteering', 'exercise'], helpsWith: ['getting-active', 'low-mood', 'new-skills'], audiences: ['everyone'],
    summaries: ['Help look after local woods, paths and wildlife, and get fit outdoors.', 'Practical conservation work like hedge laying and path clearing. All welcome.'],
    what: ['Tasks include clearing paths, planting trees and building steps.', 'Full training and tools are provided.', 'We stop for lunch together, so bring a packed lunch.'],
    slots: ['morning'], minutes: [180, 240], patterns: ['fortnightly', 'monthly', 'weekly'], cost: 'free', joining: 'book', leaderRole: 'volunteer leader',
  },
  {
    titles: ['Nature Walk and Wildlife Spotting', 'Birdwatching for Beginners', 'Nature Connection Group'],
    kind: 'group', outdoor: true, categories: ['gardening-and-nature', 'walking', 'mental-wellbeing'], helpsWith: ['stress', 'low-mood', 'getting-active'], audiences: ['everyone'],
    summaries: ['A slow walk to notice birds, plants and wildlife, with a naturalist to help.', 'Spend time in nature, slow down and learn about the wildlife around you.'],
    what: ['We walk slowly and stop often to look and listen.', 'Binoculars and ID guides are available to borrow.', 'It is more about noticing than about walking far.'],
    slots: ['morning'], minutes: [90, 120], patterns: ['monthly', 'fortnightly'], cost: 'free', joining: 'turn-up', leaderRole: 'naturalist',
  },

  // food
  {
    titles: ['Community Lunch Club', '{town} Lunch Club', '{day} Lunch Club'],
    kind: 'group', categories: ['food', 'social'], helpsWith: ['loneliness', 'food'], audiences: ['older-people', 'everyone'],
    summaries: ['A hot two-course lunch with good company. Vegetarian options available.', 'A home-cooked lunch and a chat, served by friendly volunteers.'],
    what: ['Volunteers cook a hot main course and a pudding.', 'There is a vegetarian option every week, and we can cater for diets if you tell us.', 'After lunch there is often a quiz or a raffle.'],
    slots: ['afternoon'], minutes: [90, 120], cost: 'low', joining: 'book', leaderRole: 'lunch organiser',
  },
  {
    titles: ['Cook and Eat', 'Cooking on a Budget', 'Cook It! Simple Meals'],
    kind: 'course', categories: ['food', 'learning'], helpsWith: ['food', 'new-skills', 'money-worries'], audiences: ['everyone', 'young-people'],
    summaries: ['Learn to cook simple, cheap, healthy meals, then eat together. Ingredients provided.', 'A short cookery course for people on a tight budget. Take home a bag of ingredients.'],
    what: ['Each week we cook a simple meal that costs under £1.50 a portion.', 'You take home the recipe and ingredients to make it again.', 'We eat together at the end of each session.'],
    slots: ['morning', 'evening', 'afternoon'], minutes: [120], cost: 'free', joining: 'book', leaderRole: 'cookery tutor',
  },
  {
    titles: ['Community Larder', '{town} Community Fridge', 'Food Share Drop-in'],
    kind: 'drop-in', categories: ['food'], helpsWith: ['food', 'money-worries'], audiences: ['everyone', 'families'],
    summaries: ['Pick up food that would otherwise go to waste. No referral needed and no questions asked.', 'Surplus food from local shops, free or for a small donation. Everyone welcome.'],
    what: ['Local shops give us food that is near its date, and anyone can take some.', 'There is usually bread, fruit, vegetables and chilled food.', 'Bring your own bags if you can.'],
    slots: ['morning', 'afternoon'], minutes: [90, 120], cost: 'donation', joining: 'turn-up', leaderRole: 'coordinator',
  },
  {
    titles: ['Pay as You Feel Café', 'Community Café', '{town} Community Café'],
    kind: 'group', categories: ['food', 'social'], helpsWith: ['food', 'loneliness'], audiences: ['everyone'],
    summaries: ['Soup, sandwiches and cake made from surplus food. Pay what you can, or nothing at all.', 'A warm café where you pay what you feel. Everyone is welcome.'],
    what: ['We cook with food that would otherwise go to waste.', 'Pay what you can afford, or help with the washing up instead.', 'It is a warm place to sit, with newspapers and a jigsaw on the go.'],
    slots: ['morning', 'afternoon'], minutes: [150, 180], cost: 'donation', joining: 'turn-up', leaderRole: 'café manager',
  },
  {
    titles: ['Christmas Community Lunch', 'Christmas Day Lunch', 'Community Christmas Dinner, {town}'],
    kind: 'event', categories: ['food', 'social', 'faith-and-community'], helpsWith: ['loneliness', 'food', 'bereavement'], audiences: ['everyone'],
    summaries: ['A free Christmas dinner with all the trimmings for anyone who would otherwise be on their own.', 'Christmas lunch, crackers and carols with good company. Lifts available.'],
    what: ['A traditional Christmas dinner with a vegetarian option.', 'There will be crackers, carols and a small gift for everyone.', 'Volunteers sit at every table, so nobody is left on their own.'],
    slots: ['afternoon'], minutes: [180], cost: 'free', joining: 'book', leaderRole: 'event organiser',
    dates: ['2026-12-25', '2026-12-20', '2026-12-19', '2026-12-24', '2026-12-13'],
  },
  {
    titles: ['Sunday Lunch Club', 'Sunday Roast Club'],
    kind: 'group', categories: ['food', 'social'], helpsWith: ['loneliness', 'food'], audiences: ['older-people'],
    summaries: ['A proper Sunday roast in good company, for people who would otherwise eat alone.', 'Roast dinner and pudding once a month. Lifts can be arranged.'],
    what: ['A roast dinner with all the trimmings, then pudding and custard.', 'Volunteer drivers can pick you up if you live nearby.', 'Tables are set for six, so it is easy to get talking.'],
    slots: ['afternoon'], minutes: [120], patterns: ['monthly'], days: ['sun'], cost: 'low', joining: 'book', leaderRole: 'organiser',
  },

  // memory-and-dementia
  {
    titles: ['Memory Café', '{town} Memory Café', 'Memory Café at {venue}'],
    kind: 'group', categories: ['memory-and-dementia', 'social'], helpsWith: ['memory', 'caring', 'loneliness'], audiences: ['dementia', 'carers', 'older-people'],
    summaries: ['An afternoon of music, chat and cake for people with memory problems and those who support them.', 'A friendly café for people living with dementia and their carers, family and friends.'],
    what: ['Singing, reminiscence, armchair games and plenty of tea.', 'Carers can chat with each other and with volunteers who know about local help.', 'There is a quiet room if it all feels like too much.'],
    slots: ['afternoon', 'morning'], minutes: [120], patterns: ['monthly', 'fortnightly'], cost: 'free', joining: 'turn-up', leaderRole: 'café coordinator',
  },
  {
    titles: ['Reminiscence Group', 'Memories Group', 'Remember When'],
    kind: 'group', categories: ['memory-and-dementia', 'social'], helpsWith: ['memory', 'loneliness'], audiences: ['dementia', 'older-people'],
    summaries: ['Share memories with old photos, objects and music from the past.', 'A gentle group for people with memory problems, using photos and objects to spark chat.'],
    what: ['Each session has a theme, like school days, holidays or the clay works.', 'We use old photographs, objects and music to get the conversation going.', 'Family members are welcome to come along.'],
    slots: ['morning', 'afternoon'], minutes: [90], patterns: ['fortnightly', 'weekly'], cost: 'free', joining: 'call-first', leaderRole: 'group leader',
  },
  {
    titles: ['Dementia Support Worker Visits', 'Dementia Adviser'],
    kind: 'home-visits', remote: 'home-visit', categories: ['memory-and-dementia', 'carers'], helpsWith: ['memory', 'caring', 'stress'], audiences: ['dementia', 'carers'],
    summaries: ['A dementia support worker visits you at home to help you plan, cope and find support.', 'Practical and emotional support at home after a dementia diagnosis.'],
    what: ['Your support worker helps you understand the diagnosis and plan ahead.', 'They can help with forms, benefits and finding local groups.', 'You can ring them between visits if you are worried.'],
    whenNotes: ['Visits on weekdays, arranged with you.', 'Home visits and phone calls, weekdays 9am to 5pm.'],
    cost: 'free', joining: 'call-first', leaderRole: 'dementia support worker',
  },

  // carers
  {
    titles: ["Carers' Coffee Morning", "{town} Carers' Coffee", "Carers' Cuppa"],
    kind: 'group', categories: ['carers', 'social'], helpsWith: ['caring', 'stress', 'loneliness'], audiences: ['carers'],
    summaries: ['Time out for people who look after someone, with coffee, cake and people who understand.', 'A relaxed morning for unpaid carers to chat and share tips.'],
    what: ['It is a chance to chat with people who know what caring is like.', 'A carers support worker comes along to answer questions.', 'You can bring the person you care for if that helps.'],
    slots: ['morning'], minutes: [90, 120], patterns: ['monthly', 'fortnightly'], cost: 'free', joining: 'turn-up', leaderRole: 'carers support worker',
  },
  {
    titles: ["Carers' Support Group", "{town} Carers' Group", "Parent Carers' Group"],
    kind: 'group', categories: ['carers', 'mental-wellbeing'], helpsWith: ['caring', 'stress', 'low-mood'], audiences: ['carers'],
    summaries: ['A friendly support group for anyone who looks after a family member or friend.', 'Share experiences, get information and have a break with other carers.'],
    what: ['Sometimes there is a speaker on a topic like benefits or respite.', 'Mostly it is a chance to talk with people who understand.', 'Everything said in the group stays in the group.'],
    slots: ['evening', 'morning', 'afternoon'], minutes: [90, 120], patterns: ['monthly', 'fortnightly'], cost: 'free', joining: 'turn-up', leaderRole: 'group facilitator',
  },
  {
    titles: ["Carers' Helpline", "Carers' Support Line"],
    kind: 'remote', remote: 'phone', categories: ['carers'], helpsWith: ['caring', 'stress', 'money-worries'], audiences: ['carers'],
    summaries: ['Ring for advice, information or just a listening ear if you look after someone.', 'Advice and support by phone for unpaid carers, on weekdays.'],
    what: ['Our support workers know the local services and can help you find your way.', 'We can help with breaks, money, equipment and planning for emergencies.', 'Sometimes people ring just to talk, and that is fine too.'],
    slots: ['morning'], starts: ['09:00', '09:30', '10:00'], minutes: [420, 480], patterns: ['weekly'], days: WEEKDAYS, cost: 'free', joining: 'turn-up', leaderRole: 'support worker',
  },
  {
    titles: ["Carers' Pamper Afternoon", "Carers' Week Tea Party", "Carers' Rights Day Drop-in"],
    kind: 'event', categories: ['carers', 'social'], helpsWith: ['caring', 'stress'], audiences: ['carers'],
    summaries: ['An afternoon off for carers, with hand massages, tea and cake. Sitting service available.', 'A treat for unpaid carers, with information stalls and afternoon tea.'],
    what: ['There are hand massages, mini facials and a lovely afternoon tea.', 'Information stalls from local services are there if you want them.', 'We can arrange a sitter so you can come.'],
    slots: ['afternoon'], minutes: [150, 180], cost: 'free', joining: 'book', leaderRole: 'carers support worker',
  },
  {
    titles: ["Carers' Online Coffee Break", "Online Carers' Chat"],
    kind: 'remote', remote: 'online', categories: ['carers', 'social'], helpsWith: ['caring', 'loneliness'], audiences: ['carers'],
    summaries: ['A short online chat for carers who cannot get out. Join from home on your phone or computer.', 'Half an hour of online chat with other carers, in the evening.'],
    what: ['Join from home for a chat with other carers.', 'A support worker hosts and can follow up anything you need help with.', 'You can come and go as you need to.'],
    slots: ['evening', 'morning'], minutes: [45, 60], patterns: ['weekly', 'fortnightly'], cost: 'free', joining: 'book', leaderRole: 'host',
  },

  // money-and-advice
  {
    titles: ['Benefits and Debt Advice Drop-in', 'Money Advice in {town}', 'Money Matters Drop-in'],
    kind: 'drop-in', categories: ['money-and-advice'], helpsWith: ['money-worries', 'stress'], audiences: ['everyone'],
    summaries: ['Free, confidential advice on benefits, debt and bills. No appointment needed.', 'Talk to a trained adviser about money worries, benefits or debt. Free and confidential.'],
    what: ['An adviser can check you are getting all the benefits you are entitled to.', 'We can help you deal with debts, bailiffs and bills.', 'Bring any letters or bills you are worried about.'],
    slots: ['morning', 'afternoon'], minutes: [180], patterns: ['weekly', 'fortnightly', 'monthly'], cost: 'free', joining: 'turn-up', leaderRole: 'adviser',
  },
  {
    titles: ['Form-filling Help', 'Benefits Form-filling Clinic', 'Help with Forms'],
    kind: 'drop-in', categories: ['money-and-advice'], helpsWith: ['money-worries', 'stress'], audiences: ['everyone', 'long-term-condition'],
    summaries: ['Help filling in benefit forms like PIP and Attendance Allowance. Book a slot.', 'Trained volunteers help you fill in forms and write letters.'],
    what: ['Volunteers help with PIP, Attendance Allowance, Universal Credit and blue badge forms.', 'Each appointment is about an hour.', 'Bring your letters, medication list and any forms you have.'],
    slots: ['morning', 'afternoon'], minutes: [180], patterns: ['weekly', 'fortnightly'], cost: 'free', joining: 'book', leaderRole: 'volunteer adviser',
  },
  {
    titles: ['Energy Bills Advice Session', 'Keep Warm, Save Money', 'Warm Homes Advice Drop-in'],
    kind: 'drop-in', categories: ['money-and-advice'], helpsWith: ['money-worries'], audiences: ['everyone', 'older-people'],
    summaries: ['Advice on cutting energy bills, grants for insulation and help if you are behind.', 'Bring a bill and get free, friendly advice about energy and keeping warm.'],
    what: ['Bring a recent energy bill and we will check you are on the best deal.', 'We can tell you about grants for heating and insulation.', 'If you are behind with payments, we can talk to your supplier for you.'],
    slots: ['morning', 'afternoon'], minutes: [120, 180], patterns: ['monthly', 'fortnightly'], cost: 'free', joining: 'turn-up', leaderRole: 'energy adviser',
  },
  {
    titles: ['Money Advice Phone Line', 'Debt Advice by Phone'],
    kind: 'remote', remote: 'phone', categories: ['money-and-advice'], helpsWith: ['money-worries', 'stress'], audiences: ['everyone'],
    summaries: ['Free debt and benefits advice over the phone from a trained adviser.', 'Ring for free, confidential advice on debt, benefits and budgeting.'],
    what: ['An adviser will talk through your situation and what you can do.', 'We can help you make a plan and talk to the people you owe.', 'Calls are free and confidential.'],
    whenNotes: ['Monday to Friday, 9am to 5pm. Leave a message and we will ring back.', 'Weekdays 10am to 4pm, with a late line on Thursdays until 7pm.'],
    cost: 'free', joining: 'turn-up', leaderRole: 'adviser',
  },
  {
    titles: ['Pension Credit Check Day', 'Benefits Check Event'],
    kind: 'event', categories: ['money-and-advice'], helpsWith: ['money-worries'], audiences: ['older-people'],
    summaries: ['Find out if you could get Pension Credit or other help. Free checks on the day.', 'Drop in for a free benefits check and information on extra help with bills.'],
    what: ['Advisers will do a quick check of what you might be entitled to.', 'There is tea and cake while you wait.', 'Bring details of your income and savings if you can.'],
    slots: ['morning', 'afternoon'], minutes: [180, 240], cost: 'free', joining: 'turn-up', leaderRole: 'adviser',
  },

  // mental-wellbeing
  {
    titles: ["Men's Mental Health Peer Support", 'Peer Support Group', "Men's Talking Group"],
    kind: 'group', categories: ['mental-wellbeing', 'social'], helpsWith: ['low-mood', 'stress', 'loneliness'], audiences: ['men', 'everyone'],
    summaries: ['A peer support group where you can talk, or just listen, with people who get it.', 'A safe space to talk about how things are going, run by people with lived experience.'],
    what: ['We sit in a circle with a brew and talk about how the week has gone.', 'Nobody has to talk. Plenty of people just listen the first few times.', 'Facilitators have mental health first aid training.'],
    slots: ['evening'], minutes: [90, 120], patterns: ['weekly', 'fortnightly'], cost: 'free', joining: 'turn-up', leaderRole: 'facilitator',
  },
  {
    titles: ['Mindfulness for Beginners', 'Stress Less Course', 'Understanding Anxiety Course'],
    kind: 'course', categories: ['mental-wellbeing', 'learning'], helpsWith: ['stress', 'low-mood', 'confidence'], audiences: ['everyone'],
    summaries: ['A short course with practical ways to manage stress, worry and low mood.', 'Learn simple, practical techniques to feel calmer, in a small friendly group.'],
    what: ['Each week covers a different topic, like sleep, worry or breathing.', 'There is no pressure to share anything personal.', 'You get a booklet to keep with everything we cover.'],
    slots: ['morning', 'evening', 'afternoon'], minutes: [90, 120], cost: 'free', joining: 'book', leaderRole: 'course leader',
  },
  {
    titles: ['Grief Café', 'Bereavement Support Group', 'Living with Loss'],
    kind: 'group', categories: ['mental-wellbeing', 'social'], helpsWith: ['bereavement', 'loneliness', 'low-mood'], audiences: ['everyone'],
    summaries: ['A gentle space to talk about someone who has died, with others who understand.', 'Tea and understanding for anyone who is grieving, however long ago.'],
    what: ['People come at all stages of grief, from a few weeks to many years.', 'Trained volunteers are there to listen.', 'You can talk about the person who died, or about anything else.'],
    slots: ['afternoon', 'morning'], minutes: [90, 120], patterns: ['monthly', 'fortnightly'], cost: 'free', joining: 'turn-up', leaderRole: 'volunteer',
  },
  {
    titles: ['Talking Café', 'Wellbeing Drop-in', 'Open Door Wellbeing Café'],
    kind: 'drop-in', categories: ['mental-wellbeing'], helpsWith: ['low-mood', 'stress', 'confidence'], audiences: ['everyone'],
    summaries: ['Drop in for a cuppa and a chat with wellbeing workers. No appointment needed.', 'A friendly drop-in if you are feeling low, stressed or just need to talk.'],
    what: ['Wellbeing workers and volunteers are around to chat.', 'They can tell you about other support, from counselling to walking groups.', 'There is no need to book and you do not need a referral.'],
    slots: ['morning', 'afternoon'], minutes: [120, 180], cost: 'free', joining: 'turn-up', leaderRole: 'wellbeing worker',
  },
  {
    titles: ['Online Wellbeing Group', 'Evening Wellbeing Chat Online'],
    kind: 'remote', remote: 'online', categories: ['mental-wellbeing'], helpsWith: ['low-mood', 'stress', 'loneliness'], audiences: ['everyone', 'young-people'],
    summaries: ['A small online group to check in, share coping ideas and feel less alone.', 'Meet others online in a safe, supportive wellbeing group.'],
    what: ['Each session starts with a check-in and a short coping skill to try.', 'You can keep your camera off and just type if you prefer.', 'Sessions are hosted by trained peer workers.'],
    slots: ['evening'], minutes: [60, 90], patterns: ['weekly', 'fortnightly'], cost: 'free', joining: 'book', leaderRole: 'peer worker',
  },
  {
    titles: ['Wellbeing Coaching', 'One-to-one Wellbeing Support'],
    kind: 'one-to-one', categories: ['mental-wellbeing'], helpsWith: ['low-mood', 'stress', 'confidence'], audiences: ['everyone'],
    summaries: ['Up to six one-to-one sessions with a wellbeing coach, in person or by phone.', 'Talk through what matters to you and make a plan with a wellbeing coach.'],
    what: ['Your coach helps you work out what matters to you and make small changes.', 'Sessions can be at a community venue, on a walk or by phone.', 'It is not counselling, but your coach can help you get that if you need it.'],
    slots: ['morning'], starts: ['09:00', '09:30'], minutes: [360, 420], patterns: ['weekly'], days: WEEKDAYS, cost: 'free', joining: 'call-first', leaderRole: 'wellbeing coach',
  },

  // learning
  {
    titles: ['Digital Skills Drop-in', 'Smartphone Help Café', 'Get Online Drop-in', 'Tablet and Phone Help'],
    kind: 'drop-in', categories: ['learning'], helpsWith: ['new-skills', 'confidence'], audiences: ['older-people', 'everyone'],
    summaries: ['Bring your phone, tablet or laptop and get friendly help with whatever you are stuck on.', 'Patient volunteers help you with phones, tablets, email, video calls and online forms.'],
    what: ['Volunteers help with anything from setting up email to video calls with family.', 'No question is too basic.', 'We have tablets you can try if you are thinking of getting one.'],
    slots: ['morning', 'afternoon'], minutes: [120], cost: 'free', joining: 'turn-up', leaderRole: 'digital champion',
  },
  {
    titles: ['Computer Help for Beginners', 'Get Online: Digital Skills for Beginners'],
    kind: 'course', categories: ['learning'], helpsWith: ['new-skills', 'confidence'], audiences: ['older-people', 'everyone'],
    summaries: ['A short, patient course for complete beginners with computers and the internet.', 'Learn the basics of computers, email and staying safe online. Laptops provided.'],
    what: ['We start from the very beginning, with how to use a mouse.', 'By the end you will be able to send emails and search the web safely.', 'Laptops are provided, or bring your own.'],
    slots: ['morning', 'afternoon'], minutes: [120], cost: 'free', joining: 'book', leaderRole: 'tutor',
  },
  {
    titles: ['Book Group', 'Book Chat at {venue}', '{town} Readers'],
    kind: 'group', categories: ['learning', 'social'], helpsWith: ['loneliness', 'confidence'], audiences: ['everyone'],
    summaries: ['A relaxed book group. Read the book if you can, come along even if you cannot.', 'Talk about books over tea and biscuits. Copies to borrow.'],
    what: ['We choose a book together each month and borrow copies from the library.', 'Large print and audio versions are usually available.', 'The chat often wanders a long way from the book.'],
    slots: ['afternoon', 'evening'], minutes: [60, 90], patterns: ['monthly'], cost: 'free', joining: 'turn-up', leaderRole: 'group leader',
  },
  {
    titles: ['Conversational Cornish', 'Cornish for Beginners', 'Kernewek Conversation Group'],
    kind: 'group', categories: ['learning', 'social'], helpsWith: ['new-skills', 'loneliness'], audiences: ['everyone'],
    summaries: ['Learn and speak Cornish in a friendly group. Complete beginners welcome.', 'Chat in Cornish over a cuppa, split into groups by level.'],
    what: ['Beginners learn everyday phrases with a friendly tutor.', 'Fluent speakers chat in another room.', 'There are songs, games and a quiz to help it stick.'],
    slots: ['evening'], minutes: [90], cost: 'low', joining: 'turn-up', leaderRole: 'tutor', languages: ['en', 'kw'],
  },
  {
    titles: ['British Sign Language Taster Course', 'BSL for Beginners'],
    kind: 'course', categories: ['learning'], helpsWith: ['new-skills'], audiences: ['everyone'],
    summaries: ['Learn the basics of British Sign Language with a Deaf tutor.', 'A short taster course in BSL: fingerspelling, greetings and everyday signs.'],
    what: ['Our tutor is Deaf and teaches through sign and gesture.', 'We cover fingerspelling, greetings, numbers and everyday signs.', 'Deaf and hearing people are equally welcome.'],
    slots: ['evening'], minutes: [90, 120], cost: 'fee', joining: 'book', leaderRole: 'tutor', languages: ['en', 'bsl'],
  },
  {
    titles: ['Family History Group', 'Local History Society'],
    kind: 'group', categories: ['learning', 'social'], helpsWith: ['new-skills', 'memory', 'loneliness'], audiences: ['older-people', 'everyone'],
    summaries: ['Trace your family tree or dig into local history with friendly experts.', 'Talks, research help and old photos of the area. All welcome.'],
    what: ['Members help each other with research and record hunting.', 'There is a speaker on a local history topic most months.', 'We have a collection of old photos and maps of the area.'],
    slots: ['afternoon', 'evening'], minutes: [90, 120], patterns: ['monthly', 'fortnightly'], cost: 'low', joining: 'turn-up', leaderRole: 'secretary',
  },
  {
    titles: ['English Conversation Club', 'Friends from Everywhere Coffee Morning'],
    kind: 'group', categories: ['learning', 'social'], helpsWith: ['confidence', 'loneliness', 'new-skills'], audiences: ['everyone'],
    summaries: ['Practise your English in a friendly, relaxed group. Everyone is welcome.', 'A coffee morning for people who have moved here from other countries, and their neighbours.'],
    what: ['We chat in small groups, each with a volunteer.', 'It is a good place to ask about jobs, schools and local services.', 'Children are welcome, and there are toys.'],
    slots: ['morning'], minutes: [90, 120], cost: 'free', joining: 'turn-up', leaderRole: 'volunteer', languages: ['en', 'pl', 'pt', 'ro'],
  },

  // volunteering
  {
    titles: ['Repair Café', '{town} Repair Café', 'Fix It Café'],
    kind: 'group', categories: ['volunteering', 'social', 'learning'], helpsWith: ['new-skills', 'money-worries', 'loneliness'], audiences: ['everyone'],
    summaries: ['Bring broken things and our volunteer fixers will try to mend them with you. Free.', 'Free repairs for clothes, small electricals, bikes and more, with tea and cake.'],
    what: ['Volunteers mend clothes, lamps, toasters, bikes and jewellery.', 'You sit with the fixer and learn how to do it yourself next time.', 'Repairs are free, and donations go towards parts.'],
    slots: ['morning', 'afternoon'], minutes: [180], patterns: ['monthly'], cost: 'donation', joining: 'turn-up', leaderRole: 'organiser',
  },
  {
    titles: ['Litter Pick', '{town} Beach Clean', 'Community Clean-up'],
    kind: 'group', outdoor: true, categories: ['volunteering', 'gardening-and-nature'], helpsWith: ['getting-active', 'loneliness'], audiences: ['everyone', 'families'],
    summaries: ['Help keep {town} tidy. Pickers, bags and gloves provided, with tea afterwards.', 'An hour of litter picking with friendly neighbours. Children welcome with an adult.'],
    what: ['We provide litter pickers, gloves and bags.', 'Everyone picks at their own pace for about an hour.', 'Afterwards we have a cuppa and a biscuit together.'],
    slots: ['morning'], minutes: [60, 90], patterns: ['monthly'], days: ['sat', 'sun'], cost: 'free', joining: 'turn-up', leaderRole: 'organiser',
  },
  {
    titles: ['Volunteer Drop-in', 'Find Your Volunteering', 'Volunteering Advice Session'],
    kind: 'drop-in', categories: ['volunteering'], helpsWith: ['confidence', 'new-skills', 'loneliness'], audiences: ['everyone'],
    summaries: ['Find a volunteering role that suits you, with help from a friendly adviser.', 'Chat about volunteering and find something that fits your time and interests.'],
    what: ['We have roles from driving to gardening to answering the phone.', 'An adviser will chat with you about what you enjoy and what time you have.', 'Volunteering can be a great way to meet people and build confidence.'],
    slots: ['morning', 'afternoon'], minutes: [120], patterns: ['weekly', 'monthly'], cost: 'free', joining: 'turn-up', leaderRole: 'volunteer coordinator',
  },
  {
    titles: ['Volunteer Drivers Scheme', 'Community Car Scheme'],
    kind: 'one-to-one', categories: ['volunteering', 'befriending'], helpsWith: ['loneliness'], audiences: ['older-people', 'long-term-condition'],
    summaries: ['Volunteer drivers take people to appointments, shops and groups. Or become a driver.', 'Lifts to appointments and groups for people who cannot use the bus.'],
    what: ['Volunteer drivers use their own cars and are DBS checked.', 'You pay a mileage charge, which is less than a taxi.', 'We always need more drivers, if you have a few hours to spare.'],
    whenNotes: ['Weekdays, booked at least two days ahead.', 'Any day, subject to driver availability. Please book ahead.'],
    cost: 'fee', joining: 'call-first', leaderRole: 'transport coordinator',
  },

  // health-conditions
  {
    titles: ["Parkinson's Exercise Class", "Parkinson's Support Group", "{town} Parkinson's Café"],
    kind: 'group', categories: ['health-conditions', 'exercise'], helpsWith: ['getting-active', 'confidence', 'loneliness'], audiences: ['long-term-condition', 'carers'],
    summaries: ["Exercise and support for people with Parkinson's, led by a specialist instructor.", "A friendly group for people with Parkinson's and their families."],
    what: ["The instructor is trained in exercise for Parkinson's.", 'Exercises focus on balance, stride and voice.', 'Partners and carers stay for the tea and chat afterwards.'],
    slots: ['morning', 'afternoon'], minutes: [60, 90], patterns: ['weekly', 'fortnightly'], cost: 'low', joining: 'call-first', leaderRole: 'instructor',
  },
  {
    titles: ['Stroke Club', 'Stroke Survivors Group'],
    kind: 'group', categories: ['health-conditions', 'social'], helpsWith: ['confidence', 'loneliness'], audiences: ['long-term-condition', 'carers'],
    summaries: ['A social club for people who have had a stroke and their families. Transport available.', 'Games, speakers and support for stroke survivors and carers.'],
    what: ['There are games, quizzes and gentle exercise.', 'We sometimes have speakers, like a speech therapist or a benefits adviser.', 'Volunteers can help with transport.'],
    slots: ['afternoon'], minutes: [120], patterns: ['fortnightly', 'monthly'], cost: 'low', joining: 'call-first', leaderRole: 'club secretary',
  },
  {
    titles: ['Breathe Easy Group', 'Lung Health Support Group'],
    kind: 'group', categories: ['health-conditions'], helpsWith: ['confidence', 'loneliness'], audiences: ['long-term-condition'],
    summaries: ['Support and gentle exercise for people living with COPD and other lung conditions.', 'A friendly group for anyone with a lung condition and the people close to them.'],
    what: ['We share tips on living well with a lung condition.', 'A respiratory nurse visits every few months.', 'There is a short, gentle exercise session each time.'],
    slots: ['afternoon', 'morning'], minutes: [90, 120], patterns: ['monthly'], cost: 'free', joining: 'turn-up', leaderRole: 'group leader',
  },
  {
    titles: ['Diabetes Support Group', 'Living Well with Diabetes'],
    kind: 'group', categories: ['health-conditions', 'food'], helpsWith: ['confidence', 'food'], audiences: ['long-term-condition'],
    summaries: ['Share tips, recipes and support with other people living with diabetes.', 'A friendly group for people with type 1 or type 2 diabetes and their families.'],
    what: ['We talk about food, exercise, medication and how we cope.', 'A diabetes nurse or dietitian visits a few times a year.', 'It is a good place to ask questions you did not have time for at the surgery.'],
    slots: ['evening', 'afternoon'], minutes: [90], patterns: ['monthly'], cost: 'free', joining: 'turn-up', leaderRole: 'group leader',
  },
  {
    titles: ['Chronic Pain Support Group', 'Living with Pain Group'],
    kind: 'group', categories: ['health-conditions', 'mental-wellbeing'], helpsWith: ['long-term-pain', 'low-mood', 'loneliness'], audiences: ['long-term-condition'],
    summaries: ['Peer support for people living with long-term pain. Comfortable chairs and no pressure.', 'Meet others who understand life with chronic pain, and share what helps.'],
    what: ['Members share what helps them manage pain day to day.', 'You can stand, sit or lie down, whatever is comfortable.', 'Sometimes a physiotherapist or pain nurse comes to talk.'],
    slots: ['afternoon', 'morning'], minutes: [90, 120], patterns: ['fortnightly', 'monthly'], cost: 'free', joining: 'turn-up', leaderRole: 'facilitator',
  },
  {
    titles: ['Sight Loss Social Group', 'Hearing Loss Drop-in', 'Hearing Aid Maintenance Clinic'],
    kind: 'drop-in', categories: ['health-conditions', 'social'], helpsWith: ['confidence', 'loneliness'], audiences: ['long-term-condition', 'older-people'],
    summaries: ['Help, information and company for people with sight or hearing loss.', 'Free help with hearing aids, batteries and equipment, plus a cuppa and a chat.'],
    what: ['Volunteers can clean and retube hearing aids and give out batteries.', 'There are demonstrations of helpful equipment.', 'It is a friendly place to meet others with the same experience.'],
    slots: ['morning', 'afternoon'], minutes: [120], patterns: ['monthly', 'fortnightly'], cost: 'free', joining: 'turn-up', leaderRole: 'volunteer',
  },
  {
    titles: ['Long Covid Online Support', 'Fatigue Support Group Online'],
    kind: 'remote', remote: 'online', categories: ['health-conditions', 'mental-wellbeing'], helpsWith: ['confidence', 'low-mood', 'long-term-pain'], audiences: ['long-term-condition'],
    summaries: ['An online support group for people living with long Covid or chronic fatigue.', 'Short online meetings paced for people with fatigue. Join from bed if you like.'],
    what: ['Sessions are short and paced so they do not wear you out.', 'We share what helps with pacing, sleep and work.', 'Cameras are optional.'],
    slots: ['afternoon', 'morning'], minutes: [45, 60], patterns: ['fortnightly', 'weekly'], cost: 'free', joining: 'book', leaderRole: 'peer supporter',
  },
  {
    titles: ['Health Connector Home Visits', 'Hospital to Home Support'],
    kind: 'home-visits', remote: 'home-visit', categories: ['health-conditions', 'befriending'], helpsWith: ['confidence', 'loneliness', 'caring'], audiences: ['long-term-condition', 'older-people'],
    summaries: ['Practical help and encouragement at home after a hospital stay or a new diagnosis.', 'A health connector visits at home to help you get back on your feet.'],
    what: ['Your connector helps with shopping, prescriptions and getting to appointments.', 'They can link you with local groups when you are ready.', 'Support usually lasts up to six weeks.'],
    whenNotes: ['Up to six weeks of visits, weekdays.', 'Visits arranged with you, Monday to Friday.'],
    cost: 'free', joining: 'call-first', leaderRole: 'health connector',
  },
  {
    titles: ['Cancer Support Café', 'Macmillan Coffee and Chat'],
    kind: 'group', categories: ['health-conditions', 'social'], helpsWith: ['confidence', 'stress', 'loneliness'], audiences: ['long-term-condition', 'carers'],
    summaries: ['A relaxed café for anyone affected by cancer, including family and friends.', 'Tea, cake and understanding for people living with cancer and those close to them.'],
    what: ['People come at every stage, from diagnosis to years later.', 'A trained information volunteer is always there.', 'Family and friends are just as welcome.'],
    slots: ['morning', 'afternoon'], minutes: [120], patterns: ['monthly', 'fortnightly'], cost: 'free', joining: 'turn-up', leaderRole: 'café host',
  },

  // families
  {
    titles: ['Stay and Play', '{town} Stay and Play', '{town} Toddler Group', 'Parent and Toddler Group'],
    kind: 'group', categories: ['families', 'social'], helpsWith: ['loneliness', 'confidence'], audiences: ['families'],
    summaries: ['Toys, crafts, songs and snacks for under-fives, and a cuppa for grown-ups.', 'A friendly toddler group with messy play, story time and singing.'],
    what: ['There are toys, a craft table, a messy play area and story time.', 'We finish with songs and rhymes.', 'Grown-ups get a hot drink and a chat.'],
    slots: ['morning'], minutes: [90, 120], patterns: ['weekly'], days: WEEKDAYS, cost: 'low', joining: 'turn-up', leaderRole: 'group leader',
  },
  {
    titles: ['Baby and Me', 'Baby Group', 'Bumps and Babies'],
    kind: 'group', categories: ['families', 'mental-wellbeing'], helpsWith: ['loneliness', 'confidence', 'low-mood'], audiences: ['families'],
    summaries: ['A calm group for parents of babies under one. Chat, songs and a health visitor drop-in.', 'Meet other new parents, share the ups and downs and weigh your baby.'],
    what: ['There are mats, baby toys and a quiet corner for feeding.', 'A health visitor drops in once a month.', 'It is a lovely way to meet other parents living nearby.'],
    slots: ['morning', 'afternoon'], minutes: [90], patterns: ['weekly', 'fortnightly'], days: WEEKDAYS, cost: 'free', joining: 'turn-up', leaderRole: 'family worker',
  },
  {
    titles: ["Dads' Group", 'Dads and Kids Saturday Club'],
    kind: 'group', categories: ['families', 'social'], helpsWith: ['loneliness', 'confidence'], audiences: ['families', 'men'],
    summaries: ['A Saturday morning for dads, grandads and male carers to play with their children.', 'Play, bacon rolls and chat for dads and their kids.'],
    what: ['There are games, crafts and a big play area for the kids.', 'Bacon rolls and coffee for the grown-ups.', 'A great chance for dads to meet each other.'],
    slots: ['morning'], minutes: [120], patterns: ['monthly', 'fortnightly'], days: ['sat'], cost: 'free', joining: 'turn-up', leaderRole: 'family worker',
  },
  {
    titles: ['Baby Massage Course', 'Parent and Baby Massage'],
    kind: 'course', categories: ['families'], helpsWith: ['confidence', 'stress'], audiences: ['families'],
    summaries: ['Learn gentle massage to soothe and bond with your baby over a short course.', 'A short course for parents of babies from six weeks to crawling.'],
    what: ['A qualified instructor shows you simple massage strokes.', 'It can help with wind, colic and sleep.', 'Oil and towels are provided.'],
    slots: ['morning'], minutes: [60], cost: 'fee', joining: 'book', leaderRole: 'instructor',
  },
  {
    titles: ['Family Fun Day', 'Summer Holiday Activity Day', 'Easter Family Activity Day'],
    kind: 'event', categories: ['families', 'faith-and-community'], helpsWith: ['loneliness', 'food'], audiences: ['families'],
    summaries: ['Games, crafts and a free lunch for families. Everyone welcome.', 'A free day of activities and food for children and their grown-ups.'],
    what: ['There will be games, crafts, a bouncy castle and face painting.', 'A free lunch is provided for children and adults.', 'Information stalls from local services will be there.'],
    slots: ['morning', 'afternoon'], minutes: [180, 240], cost: 'free', joining: 'turn-up', leaderRole: 'event organiser',
  },

  // faith-and-community
  {
    titles: ['Community Warm Space', 'Warm Welcome Space', 'Warm Hub at {venue}'],
    kind: 'drop-in', categories: ['faith-and-community', 'social', 'food'], helpsWith: ['loneliness', 'money-worries', 'food'], audiences: ['everyone'],
    summaries: ['A warm, free place to spend the day with hot drinks, soup, Wi-Fi and company.', 'Come in from the cold for free hot drinks, a bowl of soup and a chat.'],
    what: ['There are hot drinks, soup, newspapers, games and free Wi-Fi.', 'Stay for as long as you like. You do not have to talk to anyone.', 'Phone chargers are available.'],
    slots: ['morning', 'afternoon'], minutes: [180, 240], cost: 'free', joining: 'turn-up', leaderRole: 'volunteer',
  },
  {
    titles: ['Open Church Tea and Chat', 'Open Door Drop-in', 'Church Coffee Stop'],
    kind: 'drop-in', categories: ['faith-and-community', 'social'], helpsWith: ['loneliness'], audiences: ['everyone'],
    summaries: ['The church is open for tea, coffee and a chat. All faiths and none are welcome.', 'Pop in for a free cuppa and a friendly face. No religious content.'],
    what: ['The kettle is always on.', 'There is a quiet space if you would like to sit and think.', 'People of all faiths and none are welcome.'],
    slots: ['morning'], minutes: [120, 150], cost: 'donation', joining: 'turn-up', leaderRole: 'volunteer',
  },
  {
    titles: ['Harvest Supper', 'Community Quiz Night', 'Village Supper and Quiz'],
    kind: 'event', categories: ['faith-and-community', 'social', 'food'], helpsWith: ['loneliness'], audiences: ['everyone'],
    summaries: ['A village supper with a quiz and a raffle. Everyone is welcome, come on your own or in a team.', 'A fun evening of food, a quiz and a raffle for the whole community.'],
    what: ['Supper is a hot meal and a pudding.', 'Teams for the quiz are made up on the night, so come on your own if you like.', 'Money raised goes to the village hall.'],
    slots: ['evening'], minutes: [150, 180], cost: 'fee', joining: 'book', leaderRole: 'organiser',
  },
  {
    titles: ['Community Fun Day', '{town} Community Day', 'Open Day at {venue}'],
    kind: 'event', categories: ['faith-and-community', 'families'], helpsWith: ['loneliness'], audiences: ['everyone', 'families'],
    summaries: ['Stalls, music, games and food. Come and meet your neighbours and local groups.', 'Find out about local groups, enjoy some music and meet your neighbours.'],
    what: ['Local groups will have stalls and taster sessions.', 'There will be music, games, cake and a barbecue.', 'It is a great way to find something new to join.'],
    slots: ['morning', 'afternoon'], minutes: [240], cost: 'free', joining: 'turn-up', leaderRole: 'organiser',
  },
  {
    titles: ['Friendship Lunch', 'Church Lunch Club', 'Fellowship Lunch'],
    kind: 'group', categories: ['faith-and-community', 'food', 'social'], helpsWith: ['loneliness', 'food'], audiences: ['older-people', 'everyone'],
    summaries: ['A simple home-cooked lunch in the church hall. All welcome, church-goer or not.', 'Soup, a main and a pudding, with friendly company.'],
    what: ['A simple hot lunch cooked by church volunteers.', 'Nobody will try to sign you up for anything.', 'We can collect you if you live nearby and cannot get here.'],
    slots: ['afternoon'], minutes: [90, 120], patterns: ['weekly', 'fortnightly', 'monthly'], cost: 'low', joining: 'turn-up', leaderRole: 'lunch organiser',
  },
];

// ---------------------------------------------------------------------------------------------
// Body text pools
// ---------------------------------------------------------------------------------------------

/** Who comes, keyed by the listing's first audience; `default` for anything else. */
export const WHO_COMES: Readonly<Record<string, readonly string[]>> = {
  default: [
    'About {n} people come most weeks, a mix of regulars and new faces.',
    'Lots of people come on their own, so you will not be the only new face.',
    'People of all ages and backgrounds come along.',
    'Some people have been coming for years and some started last month.',
    'We are a small, friendly group of about {n}.',
    'Most people live in and around {town}, but you are welcome from further away.',
  ],
  'older-people': [
    'Most people who come are retired, but anyone is welcome.',
    'Our oldest member is in her nineties and still never misses a week.',
    'Many people first came after moving to {town} to be nearer family.',
  ],
  'young-people': [
    'Most people are aged 16 to 25, from college students to young parents.',
    'Lots of people first come with a friend, then come on their own.',
  ],
  families: [
    'Parents, grandparents and childminders all come along.',
    'Babies and children up to school age are welcome, with their grown-ups.',
  ],
  men: [
    'It is mostly men, of all ages and backgrounds.',
    'Some members are retired, some work shifts, some are between jobs.',
  ],
  carers: [
    'Everyone there looks after someone, so they understand.',
    'Some people care for a partner, some for a parent or a child.',
  ],
  dementia: [
    'People come with a husband, wife, son, daughter or friend.',
    'Some people come on their own and some come with their carer.',
  ],
  'long-term-condition': [
    'Everyone there lives with a condition, so nobody needs to explain.',
    'Partners and family members often come too.',
  ],
  veterans: [
    'Members have served in the Army, Navy, RAF and Merchant Navy.',
    'Some served for a few years, some for a whole career.',
  ],
};

/** What to expect on a first visit: used in the body and in welcome.firstVisit. */
export const FIRST_VISIT: readonly string[] = [
  'If you are nervous about coming on your own, ring {leader} first and they will look out for you.',
  'You do not need to book. Just come along and say hello.',
  'There is always tea, coffee and biscuits.',
  'Someone will show you round and introduce you to a few people.',
  'Come and have a look first. There is no pressure to join in.',
  '{leader} will meet you at the door and make you a cuppa.',
  'You are welcome to bring a friend or family member the first time.',
  'It is fine to arrive late or leave early.',
];

/** Practical details for the last paragraph. */
export const PRACTICAL: readonly string[] = [
  'There is free parking at {venue}.',
  'The bus stops a short walk away.',
  'We stop for a break halfway through.',
  'We do not meet on bank holidays.',
  'Please tell us if you have any access needs and we will do our best to help.',
  'If you need a lift, ask {leader} and we will try to arrange one.',
  'We are always looking for volunteers to help, if you would like to get involved.',
  'Details sometimes change, so it is worth ringing before your first visit.',
  'Keep an eye on our website for any changes.',
  'You can join from anywhere with a phone or internet connection.',
];

export const MEET_YOU: readonly string[] = [
  '{leader} meets new people at the door.',
  '{leader}, our {role}, will say hello and introduce you.',
  'A volunteer looks out for newcomers and sits with them.',
  '{leader} can ring you before your first visit if that would help.',
  'There is always someone at the welcome table.',
];

export const HOW_TO_JOIN: Readonly<Record<'turn-up' | 'book' | 'call-first', readonly string[]>> = {
  'turn-up': ['Just turn up. You do not need to book.', 'No need to book, but ring if you would like someone to look out for you.'],
  book: ['Please book, as places are limited.', 'Ring or email to book your place.', 'Book your first session with {leader}.'],
  'call-first': ['Ring {leader} for a chat before you come.', 'Please ring first so we can tell you what to expect.', 'Call us first, as numbers are limited.'],
};

export const SESSION_NOTES: readonly string[] = ['Term time only.', 'Not in August.', 'Not on bank holidays.', 'Doors open 15 minutes before.', 'Meet in the car park.', 'In the small hall.', 'Upstairs room (there is a lift).'];

export const NOTICES: readonly string[] = [
  'Meeting in the small hall until the main hall is repainted.',
  'New volunteers wanted. Ring us if you could help.',
  'Starting 15 minutes later over the winter.',
  'Our phone number has changed. Please use the one below.',
  'Please book for the Christmas session, as places are limited.',
];

export const PAUSE_REASONS: readonly string[] = [
  'The hall is being refurbished.',
  'Taking a break over the winter.',
  'Looking for a new volunteer leader.',
  'The kitchen is being refitted.',
  'The group leader is unwell.',
];

export const CLOSE_REASONS: readonly string[] = ['The group has finished after many happy years.', 'The funding has ended.', 'The venue has closed.'];

export const CONCESSIONS: readonly string[] = ['Half price if you get benefits or pension credit.', 'Free for carers.', 'Free if you are on Universal Credit.', 'Cheaper places available, just ask.'];

export const COST_NOTES: readonly string[] = ['Includes tea and biscuits.', 'Tea and cake 50p.', 'First session free.', 'Pay on the day, cash or card.', 'Covers the hall hire.'];

export const CONFIRMED_BY: readonly string[] = ['group leader', 'organiser', 'secretary', 'volunteer coordinator', 'directory coordinator', 'service manager', 'chair', 'treasurer'];

export const REFERRAL_STEPS: readonly string[] = [
  'Check the person meets the criteria above.',
  'Talk it through with the person and get their consent to share their details.',
  'Complete the referral form with a short summary of their needs.',
  'Include any risks we should know about.',
  'The coordinator will ring the person within a week to arrange a first meeting.',
  'We will let you know when they have started.',
  'A joint first visit with the referrer is welcome but not required.',
];

export const STAFF_NOTES: readonly string[] = [
  'Many members came via link workers.',
  'Good first step for people who are very isolated.',
  'The leader is happy to meet someone beforehand if you ring.',
  'Works well alongside the local walking groups.',
  'Not suitable for people who need one-to-one support throughout.',
  'Volunteers have had dementia friends training.',
];

export const CANNOT_OFFER: readonly string[] = [
  'No personal care.',
  'Volunteers cannot give medication.',
  'Not suitable for people who need one-to-one support throughout.',
  'No transport.',
  'Cannot support people who are actively unwell without a carer.',
];

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

export type OrganisationType = 'charity' | 'cic' | 'community-group' | 'faith-group' | 'nhs' | 'council' | 'business';

export interface OrganisationTemplate {
  names: readonly string[];
  type: OrganisationType;
  /** Categories it mostly runs; empty means anything. */
  focus: readonly string[];
  descriptions: readonly string[];
  /** How often this template is picked, relative to 1. */
  weight?: number;
}

export const ORGANISATION_TEMPLATES: readonly OrganisationTemplate[] = [
  { names: ['{town} Community Association', '{town} Community Partnership', 'Friends of {town}', '{town} Village Hall Committee'], type: 'community-group', focus: [], weight: 3, descriptions: ['Runs the village hall and a range of groups and events for people in and around {town}.', 'Volunteers working to make {town} a friendlier place to live.'] },
  { names: ['{region} Community Trust', '{town} Development Trust'], type: 'charity', focus: [], weight: 2, descriptions: ['A local charity running community activities, lunches and support across the area.', 'Community buildings, activities and support for local people.'] },
  { names: ['{town} Good Neighbours', '{town} and District Good Neighbours', '{region} Befrienders'], type: 'charity', focus: ['befriending', 'social', 'volunteering'], weight: 2, descriptions: ['Volunteers offering befriending, lifts and a friendly face to neighbours who need it.', 'Good neighbours helping each other, with befriending and practical help.'] },
  { names: ['St {saint}\'s Church, {town}', '{town} Methodist Church', '{town} Baptist Church', '{region} Christian Fellowship'], type: 'faith-group', focus: ['faith-and-community', 'social', 'food', 'families'], weight: 2, descriptions: ['A local church running community activities open to people of all faiths and none.', 'Serving the community with lunches, warm spaces and family activities.'] },
  { names: ['{region} Walkers', '{town} Ramblers', '{region} Health Walks'], type: 'community-group', focus: ['walking', 'gardening-and-nature'], descriptions: ['Volunteer-led walks for all abilities, from short strolls to longer hikes.', 'Friendly led walks around the trails, woods and coast.'] },
  { names: ['{region} Memory Friends', '{region} Dementia Action Alliance'], type: 'charity', focus: ['memory-and-dementia', 'carers', 'music-and-singing'], descriptions: ['Memory cafés and support for people living with dementia and their families.', 'Working to make the area dementia friendly.'] },
  { names: ['{region} Carers Together', '{region} Carers Support'], type: 'charity', focus: ['carers', 'mental-wellbeing'], descriptions: ['Support, breaks and a listening ear for people who look after a family member or friend.', 'Information and support for unpaid carers of all ages.'] },
  { names: ['{region} Money Matters', '{region} Advice Partnership'], type: 'charity', focus: ['money-and-advice'], descriptions: ['Free, confidential advice on benefits, debt, housing and bills.', 'Independent advice to help people sort out money problems.'] },
  { names: ['{region} Wellbeing Collective', '{region} Mind Matters', 'Open Door {region}'], type: 'cic', focus: ['mental-wellbeing', 'arts-and-crafts', 'exercise'], descriptions: ['Peer support, courses and creative activities for mental wellbeing.', 'Helping people feel better through connection, creativity and activity.'] },
  { names: ["{town} Men's Shed", "{town} and District Men's Shed"], type: 'community-group', focus: ['social', 'volunteering', 'arts-and-crafts'], descriptions: ['A workshop where people (mostly men, everyone welcome) make, mend and chat.'] },
  { names: ['{town} Singers', '{region} Community Choir', '{town} Ukulele Club'], type: 'community-group', focus: ['music-and-singing'], descriptions: ['A friendly music group with no auditions.', 'Bringing people together through music and song.'] },
  { names: ['Growing Together {town}', '{town} Community Garden', '{region} Green Spaces'], type: 'cic', focus: ['gardening-and-nature', 'volunteering'], descriptions: ['Community growing and conservation projects where everyone can get involved.', 'Looking after green spaces and growing food together.'] },
  { names: ['{region} Food Share', '{town} Community Larder', '{main} Food Bank'], type: 'charity', focus: ['food'], descriptions: ['Sharing surplus food and running community meals.', 'Making sure nobody in the area goes hungry.'] },
  { names: ['{region} Primary Care Network', '{main} Health Centre'], type: 'nhs', focus: ['health-conditions', 'mental-wellbeing'], descriptions: ['GP practices working together, including link workers and health and wellbeing coaches.'] },
  { names: ['{region} Council Community Team', '{main} Town Council'], type: 'council', focus: ['learning', 'money-and-advice', 'families', 'volunteering'], descriptions: ['Council services and community activities for local residents.'] },
  { names: ['{region} Family Hub', 'Little {region} Families', '{town} Playgroup'], type: 'charity', focus: ['families'], descriptions: ['Groups and support for babies, children and their families.'] },
  { names: ['Active Ageing {region}', '{region} Move More', '{main} Leisure'], type: 'cic', focus: ['exercise', 'walking'], descriptions: ['Gentle exercise, strength and balance classes for older people.', 'Helping people of all ages to get more active.'] },
  { names: ['{region} Arts', '{town} Arts Collective', '{town} Craft Circle'], type: 'cic', focus: ['arts-and-crafts', 'music-and-singing'], descriptions: ['Creative activities for everyone, led by local artists.'] },
  { names: ['{region} Veterans', '{main} Royal British Legion'], type: 'charity', focus: ['social'], descriptions: ['Support and friendship for veterans and their families.'] },
  { names: ['The Hub {region}', '{region} Youth Trust'], type: 'charity', focus: ['social', 'arts-and-crafts', 'mental-wellbeing', 'learning'], descriptions: ['Youth work and support for young people aged 11 to 25.'] },
  { names: ['Friends of {main} Library', '{region} Digital Champions', '{region} Learning Partnership'], type: 'community-group', focus: ['learning', 'social'], descriptions: ['Learning for all: digital skills, book groups and courses.'] },
  { names: ['{region} Stroke Club', "{region} Parkinson's Support", 'Breathe Easy {region}', '{region} Cancer Support'], type: 'charity', focus: ['health-conditions'], descriptions: ['Support and friendship for people living with a long-term condition and their families.'] },
  { names: ['{region} Volunteer Centre', '{region} Voluntary Action'], type: 'charity', focus: ['volunteering', 'befriending'], descriptions: ['Helping people find volunteering and supporting local groups.'] },
  { names: ['Kescows {region}', '{region} Cornish Language Group'], type: 'community-group', focus: ['learning'], descriptions: ['Classes and conversation groups for learners and speakers of Cornish.'] },
  { names: ['{town} Bereavement Support', 'Open Door Bereavement {region}'], type: 'charity', focus: ['mental-wellbeing'], descriptions: ['Support for anyone who has been bereaved, whenever it happened.'] },
  { names: ['{town} Bowls Club', '{town} Walking Football Club'], type: 'community-group', focus: ['exercise', 'social'], descriptions: ['A friendly sports club welcoming players of all ages and abilities.'] },
  { names: ['{main} Pharmacy', '{region} Fitness Studio'], type: 'business', focus: ['exercise', 'health-conditions'], weight: 0.5, descriptions: ['A local business running free and low-cost community sessions.'] },
];

// ---------------------------------------------------------------------------------------------
// Venues
// ---------------------------------------------------------------------------------------------

export interface VenueTemplate {
  names: readonly string[];
  kind: 'building' | 'outdoor';
  /** How accessible places like this usually are. */
  access: 'good' | 'mixed' | 'poor';
  statements: readonly string[];
  weight?: number;
  /** Only found in the main town of an area (a library, a leisure centre), never in a hamlet. */
  town?: boolean;
  /** Only by the sea: placed only in COASTAL_PLACES. */
  coast?: boolean;
}

/** Places on the coast, for beach and harbour meeting points. */
export const COASTAL_PLACES: readonly string[] = ['Charlestown', 'Carlyon Bay', 'Par', 'Polmear', 'Polkerris', 'Mevagissey', 'Pentewan', 'Portmellon', 'Gorran Haven'];

export const VENUE_TEMPLATES: readonly VenueTemplate[] = [
  { names: ["St {saint}'s Church Hall", "St {saint}'s Church Rooms"], kind: 'building', access: 'mixed', weight: 3, statements: ['Level access from the side door. The hall has a kitchen and an accessible toilet.', 'A step at the main door; use the ramp at the side. Hearing loop in the hall.'] },
  { names: ['{place} Community Centre', '{place} Community Hall', '{place} Community Rooms'], kind: 'building', access: 'good', weight: 3, statements: ['Single-storey building with a level entrance and wide doors.', 'Modern centre with level floors throughout and an accessible toilet.'] },
  { names: ['{place} Village Hall', '{place} Memorial Hall', '{place} Institute'], kind: 'building', access: 'mixed', weight: 3, statements: ['Level entrance from the car park. Main hall and a smaller committee room.', 'One step at the front door, with a portable ramp on request.'] },
  { names: ['The Old School Rooms', 'The Old Chapel Schoolroom', 'The Reading Room'], kind: 'building', access: 'poor', statements: ['An old building with two steps at the entrance and a small toilet.', 'A cosy room up a short flight of steps. Please ring if you need help getting in.'] },
  { names: ['{place} Methodist Church Hall', '{place} Methodist Rooms', '{place} Baptist Church Hall', '{place} Chapel Rooms'], kind: 'building', access: 'mixed', weight: 2, statements: ['Enter by the side door, which is level. The main hall is on the ground floor.', 'Level access and an accessible toilet. The upstairs room has no lift.'] },
  { names: ['{place} Library'], kind: 'building', access: 'good', statements: ['Level access, a hearing loop at the desk and an accessible toilet.'], town: true },
  { names: ['{place} Scout Hut', '{place} Guide Hut'], kind: 'building', access: 'poor', statements: ['A wooden hut with a small step at the door. Toilets are basic.'] },
  { names: ['{place} Football Club Pavilion', '{place} Cricket Club Pavilion', '{place} Bowls Club'], kind: 'building', access: 'mixed', statements: ['Ground-floor clubhouse with a ramp to the door.', 'Level access from the car park. The toilets are small.'] },
  { names: ['{place} Royal British Legion Club', 'The {place} Arms function room'], kind: 'building', access: 'mixed', statements: ['The function room is on the ground floor with level access from the car park.'], town: true },
  { names: ['{place} Leisure Centre', '{place} Sports Centre'], kind: 'building', access: 'good', statements: ['Fully accessible, with lifts, accessible changing rooms and a Changing Places toilet.'], town: true },
  { names: ['{place} Health Centre', '{place} Surgery Meeting Room'], kind: 'building', access: 'good', statements: ['Level access, automatic doors and an accessible toilet.'], town: true },
  { names: ['{place} Family Hub', '{place} Children\'s Centre'], kind: 'building', access: 'good', statements: ['Level access, baby changing and buggy parking.'], town: true },
  { names: ['{place} Market House', '{place} Town Hall'], kind: 'building', access: 'mixed', statements: ['Historic building. The ground floor is level; the upstairs room has a lift.'], town: true },
  { names: ['{place} Primary School Hall', '{place} Academy Community Room'], kind: 'building', access: 'good', statements: ['Use the community entrance by the car park. Level access throughout.'] },
  { names: ['{place} Community Café', 'The Hub, {place}'], kind: 'building', access: 'good', statements: ['A café with level access, an accessible toilet and a quiet corner.'] },
  { names: ['{place} Recreation Ground', '{place} Playing Field', '{place} Village Green'], kind: 'outdoor', access: 'mixed', weight: 1.5, statements: ['Meet by the gate. Grass can be uneven and muddy in winter.', 'Level grass and paths. Public toilets nearby.'] },
  { names: ['{place} Clay Trail car park', '{place} Woods car park', '{place} Viaduct lay-by'], kind: 'outdoor', access: 'poor', statements: ['Meet in the car park. Rough paths and some stiles on the walks. No toilets.', 'A gravel car park. Paths are uneven and can be steep.'] },
  { names: ['{place} Beach car park', '{place} Harbour slipway', '{place} Seafront shelter'], kind: 'outdoor', access: 'mixed', coast: true, statements: ['Meet by the slipway. There are public toilets nearby.', 'Level promenade. Steps and sand down to the beach.'] },
  { names: ['{place} Allotments', '{place} Community Orchard'], kind: 'outdoor', access: 'mixed', statements: ['Wide, level paths between raised beds. A compost toilet on site.', 'Grass paths and some slopes. Raised beds can be reached from a chair.'] },
];

export const SAINTS: readonly string[] = ['Piran', 'Austell', 'Blaise', 'Mary', 'Peter', 'Andrew', 'Michael', 'John', 'Paul', 'Dennis', 'Mewan', 'Petroc', 'Stephen', 'Luke', 'Bartholomew', 'Gorran', 'Brannock', 'Nicholas', 'Margaret', 'Anne', 'Columb', 'Euny', 'Cuby', 'Goran', 'Winnow', 'Sampson', 'Clement', 'George', 'James', 'Catherine'];

export const STREETS: readonly string[] = ['Fore Street', 'Church Road', 'Chapel Hill', 'Station Road', 'Victoria Road', 'High Street', 'Trevarthian Road', 'Polkyth Road', 'Bodmin Road', 'Truro Road', 'School Lane', 'Mill Lane', 'Moor Lane', 'Queens Way', 'North Street', 'South Street', 'Duke Street', 'Trevanion Road', 'Penwinnick Road', 'Tregarne Terrace', 'Higher Lane', 'Bridge Street', 'Harbour Road', 'Beach Road', 'Park Road', 'Chapel Street', 'Trenance Road', 'Carne Hill', 'Tremena Road', 'Priory Road', 'Quay Street', 'Vicarage Hill', 'Well Street', 'Penhale Road', 'Rosemellin Road'];

export const BUS_TEXT: readonly string[] = [
  'Buses towards {town} stop outside.',
  'The nearest bus stop is on {street}, about five minutes away.',
  'Buses from St Austell stop about ten minutes away.',
  'A bus stops on {street} every hour; ask the driver for the {name} stop.',
];
export const WALK_TEXT: readonly string[] = ['In the middle of {town}, near the church.', 'About ten minutes from the centre of {town} along {street}.', 'At the top of {street}, past the school.'];
export const PARKING_TEXT: readonly string[] = ['Free car park beside the building.', 'On-street parking nearby.', 'A small car park, with two blue badge spaces by the door.', 'Pay and display car park opposite.', 'Room for about six cars.'];

/** Larger towns get more venues. */
export const AREA_WEIGHTS: Readonly<Record<string, number>> = { 'st-austell': 4, 'st-blazey': 1.5, par: 1.5, lostwithiel: 1.5, mevagissey: 1.3 };

/** Villages and neighbourhoods in each area, for venue addresses. The area's own label comes first. */
export const LOCALITIES: Readonly<Record<string, readonly string[]>> = {
  'st-austell': ['Mount Charles', 'Bethel', 'Boscoppa', 'Carclaze', 'Trewoon', 'Holmbush', 'Charlestown', 'Carlyon Bay', 'Penwithick', 'Trenance', 'Tregorrick', 'Carthew'],
  'st-blazey': ['Biscovey', 'St Blazey Gate', 'Tregrehan Mills', 'Par Moor'],
  par: ['Polmear', 'Lower Par', 'Polkerris'],
  bugle: ['Stenalees', 'Carbis', 'Rosevear', 'Molinnis'],
  roche: ['Victoria', 'Belowda', 'Tregoss', 'Criggan'],
  'st-dennis': ['Enniscaven', 'Hendra', 'Gothers'],
  foxhole: ['Carpalla', 'Goonamarris', 'Lanjeth', 'Coombe'],
  nanpean: ['Treviscoe', 'Drinnick', 'Currian Vale', 'Whitemoor'],
  mevagissey: ['Pentewan', 'Portmellon', 'Gorran Haven', 'Gorran Churchtown'],
  polgooth: ['Sticker', 'London Apprentice', 'Hewas Water', 'Trelowth'],
  tywardreath: ['Tywardreath Highway', 'Penpillick', 'Tywardreath Hill'],
  lostwithiel: ['Lanlivery', 'Lerryn', 'Golant', 'Bridgend'],
};

/** Names for the wider district, used in organisation names. */
export const REGIONS: readonly string[] = ['Clay Country', 'St Austell Bay', 'Mid Cornwall', 'China Clay', 'Restormel', 'Kernow', 'Clay Villages', 'Bay and Clay'];

export const FIRST_NAMES: readonly string[] = ['Sue', 'Jan', 'Roger', 'Tony', 'Claire', 'Helen', 'Mike', 'Pat', 'Linda', 'Dave', 'Karen', 'Steve', 'Jenny', 'Paul', 'Margaret', 'Pete', 'Julie', 'Chris', 'Sam', 'Jo', 'Kath', 'Bev', 'Alan', 'Wendy', 'Gary', 'Denise', 'Ian', 'Tracey', 'Nigel', 'Morwenna', 'Jago', 'Tamsin', 'Kerensa', 'Piran', 'Demelza', 'Lowen', 'Ellis', 'Priya', 'Marta', 'Tomasz', 'Ana', 'Joao', 'Ioana', 'Rob', 'Bridget', 'Colin', 'Sheila', 'Derek', 'Mandy', 'Tom', 'Amy', 'Ruth', 'Graham', 'Sarah', 'Emma', 'Mark', 'Lucy', 'Hannah', 'Ben', 'Kate'];

export const SURNAMES: readonly string[] = ['Penhaligon', 'Trewin', 'Moyle', 'Pascoe', 'Rowe', 'Nancarrow', 'Tregear', 'Polglase', 'Treloar', 'Trevithick', 'Pengelly', 'Hocking', 'Kitto', 'Rundle', 'Jory', 'Chenoweth', 'Curnow', 'Pearce', 'Williams', 'Thomas', 'Richards', 'Bennett', 'Hicks', 'Nicholls', 'Dunstan', 'Vosper', 'Jenkin', 'Bray', 'Trudgeon', 'Lobb', 'Kowalski', 'Silva', 'Popescu', 'Smith', 'Jones', 'Brown'];

export const STAFF_ROLES: readonly string[] = ['Referrals coordinator', 'Service manager', 'Volunteer coordinator', 'Project lead', 'Group leader', 'Support worker'];
