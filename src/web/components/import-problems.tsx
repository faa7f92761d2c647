/**
 * Every problem the API found in an import file, as "Line 7 · Life-cycle
 * stage · must be one of …", under a summary with the totals.
 */
import { Alert, List, ScrollArea, Text } from '@mantine/core';
import { columnLabel } from './import-registers.js';
import type { ImportRegister } from './import-registers.js';
import type { ImportProblem } from './import-upload.js';

/** A file can hold thousands of bad rows; the first ones are enough to start fixing. */
const SHOWN = 200;

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;

interface ImportProblemsProps {
  readonly register: ImportRegister;
  readonly problems: readonly ImportProblem[];
}

export const ImportProblems = ({ register, problems }: ImportProblemsProps) => {
  const lines = new Set(problems.map((problem) => problem.line)).size;
  const shown = problems.slice(0, SHOWN);
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={`${plural(problems.length, 'problem', 'problems')} on ${plural(lines, 'line', 'lines')} — nothing can be imported yet`}
    >
      <Text size="sm" mb="xs">
        Fix these in your file and choose it again. Nothing is imported until every row is right.
      </Text>
      <ScrollArea.Autosize mah={220} type="auto" offsetScrollbars>
        <List size="sm" spacing={4} aria-label="Problems in the file">
          {shown.map((problem, index) => (
            <List.Item key={index}>
              <Text span size="sm" fw={600}>
                Line {problem.line}
              </Text>
              {' · '}
              {columnLabel(register, problem.field)}
              {' · '}
              {problem.reason}
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
      {problems.length > SHOWN && (
        <Text size="sm" mt="xs">
          …and {plural(problems.length - SHOWN, 'more problem', 'more problems')}.
        </Text>
      )}
    </Alert>
  );
};
