/**
 * Whether the prompt of `week` asks the pulse: it is the prompt whose span of `everyWeeks`
 * weeks holds the program's pulse week (0: never), so a program checking in every other week
 * still asks it once.
 */
export function asksPulse(week: number, program: { pulseWeek: number; everyWeeks: number }): boolean {
  return program.pulseWeek > 0 && week <= program.pulseWeek && program.pulseWeek < week + program.everyWeeks;
}
