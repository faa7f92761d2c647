/** The product mark: a small shield with a check, and the product name. */
import { Group, Text } from '@mantine/core';

export const BrandMark = ({ size = 28 }: { size?: number }) => (
  <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <path
      d="M16 2.5 4.5 6.8v8.4c0 7.3 4.9 12.6 11.5 14.3 6.6-1.7 11.5-7 11.5-14.3V6.8L16 2.5Z"
      fill="var(--mantine-color-indigo-6)"
    />
    <path
      d="m10.5 16.2 3.8 3.8 7.4-7.8"
      fill="none"
      stroke="#fff"
      strokeWidth="2.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);

export const Brand = () => (
  <Group gap={10} wrap="nowrap">
    <BrandMark />
    <Text
      fw={700}
      fz="lg"
      visibleFrom="xs"
      style={{ letterSpacing: '-0.01em', whiteSpace: 'nowrap' }}
    >
      AIMS Workbench
    </Text>
  </Group>
);
