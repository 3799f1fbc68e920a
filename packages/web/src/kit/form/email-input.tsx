import { TextInput, type TextInputProps } from '@mantine/core';

/** An email address: phones offer their @ keyboard; every address Tindak asks for is required. */
export function EmailInput(props: Omit<TextInputProps, 'type'>) {
  return <TextInput type="email" required {...props} />;
}
