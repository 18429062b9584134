// English training templates, part 4: the talk a household directs at its speaker that is neither a request
// for a fact nor a command — telling it about the day, musing aloud, asking its opinion, naming a topic to
// chat about. Such utterances are chit-chat (docs/taxonomy.md), but read word by word they look like
// questions ("which team is the best", "will the world end") and the model filed them under knowledge. Own
// sentences; none is taken from a benchmark.

import type { TemplateGroup } from './expand';

export const SLOTS_EN_CHAT = {
  outing: [
    'the gym',
    'the mall',
    'my parents',
    'a party',
    'the park',
    'the dentist',
    'the cinema',
    'a concert',
    'the zoo',
    'costco',
    'the office',
    'my friends house',
  ],
  musing: [
    'aliens exist',
    'the world will end',
    'there is life after death',
    'robots will take over',
    'money makes people happy',
    'time travel is possible',
    'we are alone in the universe',
    'ghosts are real',
    'people are good',
    'dreams mean something',
  ],
  theme: [
    'space',
    'the universe',
    'life',
    'love',
    'friendship',
    'philosophy',
    'religion',
    'dreams',
    'the future',
    'art',
    'the meaning of life',
    'happiness',
  ],
  pet: ['dog', 'cat', 'neighbour', 'boss', 'car', 'little brother', 'roommate', 'baby'],
} as const;

export const EN_CHAT: TemplateGroup[] = [
  {
    category: 'chitchat',
    perTemplate: 6,
    templates: [
      // Telling the speaker about one's day.
      '(i|we) (went to|was at|were at|just got back from|spent the day at|had lunch at) <outing> (today|yesterday|this morning|last night|)',
      '(i|we) (had|have had) (a long day|a rough day|a great weekend|so much work|too much coffee|a fight with my sister|a lovely dinner) (today|)',
      '(i just|i finally|today i) (finished my exams|got a new job|bought a car|cleaned the whole house|ran five miles|burned the toast)',
      '(my|our) <pet> (is|was|has been) (driving me crazy|so cute today|sick all week|late again|snoring all night)',
      '(i got|i was|we got) (caught in the rain|stuck in traffic|a parking ticket|a promotion|invited to a wedding) (today|this morning|)',
      // Musing aloud and asking for an opinion.
      '(do you think|do you believe|is it true that|i wonder if) <musing>',
      '(what is|whats) (the best|your favourite|the most beautiful|the worst) (season|decade|religion|sport|animal|country|way to live)',
      '(which|what) (religion|team|philosophy|diet|planet) is (the best|the most true|the right one|the coolest)',
      '(what would you do|how would you spend|what would happen) (with a million dollars|if you were human|on a desert island|if the internet stopped)',
      '(if i|if you) (won the lottery|could fly|were president|lived forever) what would (you|i) do',
      '(why do|why are|how can) people (lie|fall in love|get bored|believe in god|hate mondays)',
      '(will|would) (humans|people|we) ever (live on mars|stop fighting|be immortal|understand the universe)',
      // Naming a topic, or asking it to talk.
      '(lets talk about|talk to me about|i want to chat about|tell me your thoughts on|what do you know about) <theme>',
      '<theme>',
      '(tell me|say) something (interesting|funny|random|weird|nice|surprising|smart) (about <theme>|)',
      '(cheer me up|motivate me|give me a compliment|give me a pep talk|give me some life advice|entertain me)',
      '(i need|i want|i wish i had) (a friend|a vacation|a hug|someone to talk to|more sleep|a million dollars)',
    ],
  },
];
