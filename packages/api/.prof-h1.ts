import { minutesBlocks } from './src/notulen/minutes-markdown';
const which = process.argv[2];
const gens: Record<string, (n: number) => string> = {
  dots: (n) => '.a'.repeat(n / 2),
  dashes: (n) => '-a'.repeat(n / 2),
  plusdot: (n) => '+.'.repeat(n / 2),
  wwwdots: (n) => 'www.'.repeat(n / 4),
  httpcolon: (n) => 'http:'.repeat(n / 5),
  ats: (n) => 'a@'.repeat(n / 2),
  atdots: (n) => '@a.'.repeat(n / 3),
};
for (const n of [10000, 20000, 40000]) {
  const t = performance.now();
  minutesBlocks(gens[which](n));
  console.log(which, n, Math.round(performance.now() - t));
}
