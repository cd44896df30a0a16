import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../errors';
import { Link, navigate } from '../router';
import { useTRPC } from '../trpc';
import { FormError, TextField } from '../ui/field';
import { readForm } from '../ui/form-data';

const fieldNames = ['email', 'name', 'password'] as const;

export function AuthPage({ mode }: { mode: 'sign-in' | 'sign-up' }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = async () => {
    await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
    navigate('/', { replace: true });
  };
  const signIn = useMutation(trpc.auth.signIn.mutationOptions({ onSuccess }));
  const signUp = useMutation(trpc.auth.signUp.mutationOptions({ onSuccess }));
  const signingUp = mode === 'sign-up';
  const current = signingUp ? signUp : signIn;
  const error = describeError(current.error, fieldNames);

  return (
    <main className="auth">
      <h1>{signingUp ? 'Create your Rota account' : 'Sign in to Rota'}</h1>
      <form
        noValidate
        onSubmit={(event) => {
          const { email = '', name = '', password = '' } = readForm(event);
          if (signingUp) signUp.mutate({ email, name, password });
          else signIn.mutate({ email, password });
        }}
      >
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={error.fields.email}
        />
        {signingUp && (
          <TextField
            label="Name"
            name="name"
            autoComplete="name"
            required
            error={error.fields.name}
          />
        )}
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete={signingUp ? 'new-password' : 'current-password'}
          required
          hint={signingUp ? 'At least 8 characters.' : undefined}
          error={error.fields.password}
        />
        <FormError message={error.message} />
        <button type="submit" disabled={current.isPending}>
          {signingUp ? 'Sign up' : 'Sign in'}
        </button>
      </form>
      <p>
        {signingUp ? (
          <>
            Have an account? <Link href="/sign-in">Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link href="/sign-up">Create an account</Link>
          </>
        )}
      </p>
    </main>
  );
}
