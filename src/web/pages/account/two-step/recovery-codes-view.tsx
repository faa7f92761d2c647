/** Recovery codes, shown once: copy them, download them, then say they are kept. */
import { Alert, Button, CopyButton, Group, SimpleGrid, Code, Stack } from '@mantine/core';

const download = (codes: readonly string[]) => {
  const text = `AIMS Workbench recovery codes (each works once)\n\n${codes.join('\n')}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'aims-workbench-recovery-codes.txt';
  link.click();
  URL.revokeObjectURL(url);
};

export const RecoveryCodesView = ({
  codes,
  onDone,
}: {
  codes: readonly string[];
  onDone: () => void;
}) => (
  <Stack maw={520}>
    <Alert color="yellow" title="Save your recovery codes now">
      They are shown only this once. Each signs you in once when your authenticator app is not at
      hand. Keep them somewhere safe, apart from your password.
    </Alert>
    <SimpleGrid cols={2} spacing="xs" aria-label="Recovery codes">
      {codes.map((code) => (
        <Code key={code} fz="sm" ta="center" p={6}>
          {code}
        </Code>
      ))}
    </SimpleGrid>
    <Group>
      <CopyButton value={codes.join('\n')}>
        {({ copied, copy }) => (
          <Button variant="light" color={copied ? 'teal' : 'indigo'} onClick={copy}>
            {copied ? 'Copied' : 'Copy all'}
          </Button>
        )}
      </CopyButton>
      <Button variant="light" onClick={() => download(codes)}>
        Download
      </Button>
      <Button onClick={onDone}>I have saved them</Button>
    </Group>
  </Stack>
);
